/* Futexes: the kernel's "sleep on this word while it holds that value".
 *
 * A futex is any aligned int.  Locks, condition variables, joins and
 * semaphores all keep their state in such an int, change it with atomic
 * instructions in user space, and ask the kernel for help only to sleep
 * and to wake sleepers:
 *
 *   __futex_wait(addr, val, timeout, priv)   sleep if *addr == val (the
 *        kernel checks that under its own lock, so a wake that comes
 *        between our check and the sleep is never lost); timeout is
 *        relative (CLOCK_MONOTONIC), NULL for none
 *   __futex_wait_until(addr, val, clock, abstime, priv)   the same with an
 *        absolute deadline on CLOCK_MONOTONIC or CLOCK_REALTIME
 *   __futex_wait_cp(addr, val, clock, abstime, priv)   __futex_wait_until
 *        at a cancellation point (internal/syscall.h's __syscall_cp)
 *   __futex_wake(addr, count, priv)          wake up to count sleepers
 *
 * priv != 0 means a private futex: only threads of this process use the
 * word, and the kernel can find it faster (by address, not by page).
 * A futex in memory shared between processes must pass priv = 0.
 *
 * All return 0 (wake: the number woken) or -errno, and never touch errno:
 * -EAGAIN (*addr != val already), -ETIMEDOUT, -EINTR (a signal), and
 * from __futex_wait_cp -ECANCELED (a cancel, in state CANCEL_MASKED).
 */
#ifndef _TASKRT_INTERNAL_FUTEX_H
#define _TASKRT_INTERNAL_FUTEX_H

#include "defs.h"
#include <time.h>
#include <bits/futex.h>

hidden int __futex_wait(volatile int *addr, int val, const struct timespec *timeout, int priv);
hidden int __futex_wait_until(volatile int *addr, int val, clockid_t clock,
                       const struct timespec *abstime, int priv);
hidden int __futex_wait_cp(volatile int *addr, int val, clockid_t clock,
                           const struct timespec *abstime, int priv);
hidden int __futex_wake(volatile int *addr, int count, int priv);
/* futex(addr, op, val, ts, 0, bitset) with a timeout ts (not NULL) the
 * kernel reads as 64-bit words, whatever the arch (syscall/futex.c). */
hidden int __futex_timed(volatile int *addr, int op, int val,
                         const struct timespec *ts, int bitset);

/* A deadline POSIX calls invalid (EINVAL): tv_nsec outside [0, 10^9).
 * NULL, no deadline, is valid.  Every timed wait checks it first. */
static inline int __deadline_invalid(const struct timespec *at)
{
	return at && (at->tv_nsec < 0 || at->tv_nsec >= 1000000000L);
}

/* Priority-inheritance futexes (syscall/futex_pi.c): the word holds the
 * owner's tid, and the kernel itself hands it to the waiter of highest
 * priority, boosting the owner meanwhile.
 *   __futex_lock_pi(addr, clock, abstime, priv)   sleep until the word is
 *        ours; abstime on CLOCK_REALTIME or CLOCK_MONOTONIC, or NULL
 *   __futex_trylock_pi(addr, priv)   take it if free (also when its owner
 *        died), never sleep: -EAGAIN if not
 *   __futex_unlock_pi(addr, priv)    give it to the top waiter, or 0 */
hidden int __futex_lock_pi(volatile int *addr, clockid_t clock,
                           const struct timespec *abstime, int priv);
hidden int __futex_trylock_pi(volatile int *addr, int priv);
hidden int __futex_unlock_pi(volatile int *addr, int priv);

#endif
