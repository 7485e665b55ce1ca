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

/* How often to look at the word before sleeping: critical sections in
 * taskrt are a few dozen instructions, so the holder is often done before
 * a system call would even have started. */
#define SPINS 100

int __lock_wait(volatile int *l, int priv, clockid_t clock, const struct timespec *at)
{
	int c = 1;

	/* Spin a little, reading only (a read keeps the cache line shared),
	 * while the lock is held but nobody sleeps yet. */
	for (int i = 0; i < SPINS && c == 1; i++) {
		c = __atomic_load_n(l, __ATOMIC_RELAXED);
		if (c == 0 && __lock_try(l))
			return 0;
	}
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
