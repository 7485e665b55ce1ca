/* <ucontext.h>: user contexts, the obsolescent POSIX coroutines
 * (docs/ucontext.md).  ucontext_t is <sys/ucontext.h>'s, laid out as
 * glibc and the kernel lay it out, so that an SA_SIGINFO handler's third
 * argument is one. */
#ifndef _UCONTEXT_H
#define _UCONTEXT_H

#include <features.h>
#include <sys/ucontext.h>

int getcontext(ucontext_t *ucp) __attribute__((__returns_twice__));
int setcontext(const ucontext_t *ucp);
void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...);
int swapcontext(ucontext_t *restrict oucp, const ucontext_t *restrict ucp) __attribute__((__returns_twice__));

#endif
