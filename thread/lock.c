/* A futex lock in three states (Ulrich Drepper, "Futexes Are Tricky":
 * the third mutex there).
 *
 *   0  free
 *   1  locked, nobody waiting:   unlock needs no system call
 *   2  locked, maybe waiters:    unlock must wake one of them
 *
 * Uncontended, lock and unlock are one atomic instruction each and never
 * enter the kernel.  Why it loses no wake-up:
 *
 *   - A waiter sleeps only through FUTEX_WAIT(l, 2), which the kernel
 *     refuses (EAGAIN) unless the word still holds 2 at the moment it
 *     queues the waiter; it checks and queues under the same kernel lock
 *     that FUTEX_WAKE takes.
 *   - So before sleeping, the waiter stores 2.  An unlock that happens
 *     after that store sees 2 and wakes someone; an unlock that happened
 *     before it left 0, and the waiter's own exchange finds that 0 and
 *     takes the lock instead of sleeping.
 *   - A woken thread cannot know whether others still sleep, so it takes
 *     the lock with 2, never 1: at worst one unnecessary wake later.
 */
#include <errno.h>
#include "internal/lock.h"
#include "internal/futex.h"

/* No spinning before the sleep.  A waiter that spins reads the word
 * while the holder writes it and the lines around it, so the holder's
 * critical section and its unlock each wait for a cache-line transfer.
 * On the 2-CPU bench machine (bench/mutex.c, medians of 100 interleaved
 * runs) four threads paid 30.2 ns a lock+unlock with 100 reads of spin
 * and 25.8 with none, glibc 30.7 (glibc does not spin on a default
 * mutex either); two threads 40.3 against 25.9.  A holder far from its
 * unlock is best waited for asleep. */
int __lock_wait(volatile int *l, int priv, clockid_t clock, const struct timespec *at)
{
	if (__deadline_invalid(at))
		return EINVAL;
	/* Announce a waiter by storing 2.  If the old value was 0 the lock
	 * was free and is now ours (held as 2: see above). */
	while (__atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE) != 0) {
		if (at && at->tv_sec < 0)
			return ETIMEDOUT;        /* before 1970: long past */
		/* returns at once unless *l == 2; -EINTR, -EAGAIN: look again */
		if (__futex_wait_until(l, 2, clock, at, priv) == -ETIMEDOUT)
			return ETIMEDOUT;
	}
	return 0;
}

void __lock_release(volatile int *l, int priv)
{
	/* RELEASE: every write of the critical section is visible before the
	 * lock reads as free.  Wake a sleeper only if one may exist. */
	if (__atomic_exchange_n(l, 0, __ATOMIC_RELEASE) == 2)
		__futex_wake(l, 1, priv);
}

void __lock(volatile int *l)
{
	if (!__lock_try(l))
		__lock_wait(l, 1, CLOCK_REALTIME, 0);
}

void __unlock(volatile int *l)
{
	__lock_release(l, 1);
}
