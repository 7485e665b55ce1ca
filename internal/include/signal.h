/* <signal.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SIGNAL_H
#define _TASKRT_WRAP_SIGNAL_H

#include_next <signal.h>
#include "internal/defs.h"

/* Whether the program has ever installed a signal handler
 * (syscall/signal_handlers.c): until then pthread_create need not block
 * signals around its clone. */
hidden extern volatile int __signal_handlers_installed;

hidden int __sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old);
hidden int __sigaddset(sigset_t *set, int sig);
hidden int __sigemptyset(sigset_t *set);
hidden int __sigfillset(sigset_t *set);
hidden int __sigismember(const sigset_t *set, int sig);
hidden char *__strsignal(int sig);
hidden int __sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old);

/* sigaction without the check that keeps programs off SIGCANCEL
 * (syscall/signal.c): what thread/cancel.c installs its handler with. */
hidden int __sigaction_raw(int sig, const struct sigaction *restrict act, struct sigaction *restrict old);

#endif
