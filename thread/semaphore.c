/* Unnamed semaphores: a count of tokens in a futex word.
 *
 *   __value    n >= 0 tokens; -1 no token, and threads may sleep on it
 *   __waiters  threads in the slow path of sem_wait (about to sleep,
 *              asleep, or just woken)
 *
 * sem_wait takes a token with a compare-and-swap (n -> n-1): no system
 * call while tokens remain.  Without one, it counts itself in __waiters,
 * marks the word -1 (0 -> -1) and sleeps with FUTEX_WAIT(__value, -1),
 * which the kernel refuses unless the word still holds -1.
 * sem_post adds a token (-1 counts as 0) and wakes one sleeper if the old
 * value was -1 or __waiters, read before its compare-and-swap, was not 0.
 *
 * Why no wake-up is lost: a sleeper counted before the post read
 * __waiters is seen there.  One counted after that must still find -1 in
 * the word before it can sleep, and the post's compare-and-swap either
 * sees that -1 itself (and wakes), or fails on it and starts over.  And
 * the -1 cannot silently turn back into 0 under a sleeper: a taker that
 * takes the last token while __waiters says someone else waits stores
 * -1, not 0 (musl's design; the check costs one load).  A waiter counted
 * after that load marks the word -1 itself before it sleeps.
 *
 * sem_post touches the semaphore only up to its compare-and-swap; after
 * that a waiter may return and free it, and the wake needs no memory.
 */
#include <errno.h>
#include <semaphore.h>
#include "internal/futex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

static int fail(int e)
{
	errno = e;
	return -1;
}

weak int sem_init(sem_t *sem, int pshared, unsigned value)
{
	if (value > SEM_VALUE_MAX)
		return fail(EINVAL);
	*sem = (sem_t){ (int)value, 0, pshared != 0 };
	return 0;
}

weak int sem_destroy(sem_t *sem)
{
	(void)sem;
	return 0;
}

/* Take a token if there is one: 1 taken, 0 none.  me: 1 when the caller
 * is itself counted in __waiters (sem_wait's slow path), 0 otherwise. */
static int take(sem_t *sem, int me)
{
	int v = __atomic_load_n(&sem->__value, __ATOMIC_RELAXED), new;

	while (v > 0) {
		new = v - 1;
		/* The last token: keep sleepers marked, if there are others.
		 * The caller's own count would leave the word -1 with nobody
		 * to wake, and the next sem_post would make a FUTEX_WAKE that
		 * finds nobody. */
		if (new == 0 && __atomic_load_n(&sem->__waiters, __ATOMIC_SEQ_CST) > me)
			new = -1;
		if (__atomic_compare_exchange_n(&sem->__value, &v, new, 0,
		                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 1;
	}
	return 0;
}

weak int sem_trywait(sem_t *sem)
{
	return take(sem, 0) ? 0 : fail(EAGAIN);
}

int __sem_clockwait(sem_t *restrict sem, clockid_t clock, const struct timespec *restrict at)
{
	struct pthread *self = __self();
	int r = 0, priv = !sem->__pshared, none = 0, cs;

	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return fail(EINVAL);
	/* POSIX: a cancellation point even when a token is there. */
	__pthread_testcancel();
	if (take(sem, 0))
		return 0;
	/* POSIX checks the deadline only when the caller would block. */
	if (__deadline_invalid(at))
		return fail(EINVAL);
	__atomic_fetch_add(&sem->__waiters, 1, __ATOMIC_SEQ_CST);
	while (!take(sem, 1)) {
		if (at && at->tv_sec < 0) {
			r = -ETIMEDOUT;          /* before 1970: long past */
			break;
		}
		/* 0 -> -1; if it is -1 already, or a token came, never mind. */
		__atomic_compare_exchange_n(&sem->__value, &none, -1, 0,
		                            __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
		none = 0;
		cs = __cancel_mask(self);        /* unregister before a cancel */
		r = __futex_wait_cp(&sem->__value, -1, clock, at, priv);
		__cancel_unmask(self, cs, 0);
		/* Like glibc: a signal handler that ran ends the wait (EINTR). */
		if (r == -ETIMEDOUT || r == -EINTR || r == -ECANCELED)
			break;
		r = 0;
	}
	__atomic_fetch_sub(&sem->__waiters, 1, __ATOMIC_RELAXED);
	if (r == -ECANCELED)
		__pthread_exit(PTHREAD_CANCELED);
	return r ? fail(-r) : 0;
}
weak_alias(__sem_clockwait, sem_clockwait);

weak int sem_timedwait(sem_t *restrict sem, const struct timespec *restrict at)
{
	return __sem_clockwait(sem, CLOCK_REALTIME, at);
}

weak int sem_wait(sem_t *sem)
{
	return __sem_clockwait(sem, CLOCK_REALTIME, 0);
}

weak int sem_post(sem_t *sem)
{
	int v, waiters, priv = !sem->__pshared;

	do {
		v = __atomic_load_n(&sem->__value, __ATOMIC_RELAXED);
		waiters = __atomic_load_n(&sem->__waiters, __ATOMIC_SEQ_CST);
		if (v == SEM_VALUE_MAX)
			return fail(EOVERFLOW);
	} while (!__atomic_compare_exchange_n(&sem->__value, &v, v < 0 ? 1 : v + 1, 0,
	                                      __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
	if (v < 0 || waiters)
		__futex_wake(&sem->__value, 1, priv);
	return 0;
}

weak int sem_getvalue(sem_t *restrict sem, int *restrict value)
{
	int v = __atomic_load_n(&sem->__value, __ATOMIC_RELAXED);

	*value = v < 0 ? 0 : v;
	return 0;
}
