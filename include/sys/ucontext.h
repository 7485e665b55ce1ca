/* <sys/ucontext.h>: ucontext_t and mcontext_t.  The machine part,
 * mcontext_t (and with _GNU_SOURCE the REG_* indexes of its registers),
 * is the arch's (bits/mcontext.h, from arch/<arch>/mcontext.h); the
 * rest is common to every arch and glibc's on each. */
#ifndef _SYS_UCONTEXT_H
#define _SYS_UCONTEXT_H

#include <features.h>
#include <signal.h>          /* stack_t, sigset_t */
#include <bits/mcontext.h>   /* mcontext_t, __UCONTEXT_BODY */

/* __UCONTEXT_BODY: the fields in the arch's order (aarch64 and riscv64
 * put the signal mask before the registers, x86 and arm after). */
typedef struct ucontext_t {
	__UCONTEXT_BODY
} ucontext_t;

#endif
