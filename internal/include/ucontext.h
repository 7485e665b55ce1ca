/* <ucontext.h> as taskrt's own sources see it: the public header, and
 * the pieces the per-arch assembly (arch/<arch>/ucontext.S) and the C
 * halves (libc/ucontext/) share. */
#ifndef _TASKRT_WRAP_UCONTEXT_H
#define _TASKRT_WRAP_UCONTEXT_H

#include_next <ucontext.h>
#include "internal/defs.h"

hidden int __setcontext(const ucontext_t *ucp);

/* getcontext's tail, in C: the registers are saved; record the signal
 * mask in ucp and return 0 (or -1 and errno) to getcontext's caller. */
hidden int __ucontext_getmask(ucontext_t *ucp);

/* swapcontext's tail: the registers are saved in oucp; swap the masks
 * and jump to ucp (or return -1 and errno). */
hidden int __ucontext_swap(ucontext_t *oucp, const ucontext_t *ucp);

/* The jump itself: load ucp's registers and go on at its pc; no signal
 * mask (setcontext's business).  Returns only where the arch has none
 * (arch/generic/ucontext.c), with -ENOSYS. */
hidden int __ucontext_jump(const ucontext_t *ucp);

/* Where a makecontext function returns to: setcontext(uc_link), or exit(0)
 * without one.  uc_link is in a callee-saved register the arch's
 * makecontext sets (the function keeps it for us). */
hidden void __ucontext_trampoline(void);

#endif
