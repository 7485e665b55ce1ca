/* Read-write locks: one futex word.
 *
 *   __state            bit 31 WRITER: a writer holds the lock (so the word
 *                      is negative, as pthread.h says); bit 30 SLEEPERS:
 *                      somebody may be asleep on the word; bits 0-29: the
 *                      number of readers holding it
 *   __waiters          readers in the slow path (about to sleep, asleep)
 *   __writers_waiting  writers in the slow path
 *
 * Policy: readers first.  A reader gets in whenever no writer holds the
 * lock, even while writers wait; so a thread may take a read lock it
 * already holds (POSIX requires that to work) without deadlocking behind
 * a waiting writer.  The price: a steady stream of readers can keep a
 * writer out for ever.  glibc's default (PREFER_READER) chooses the same.
 *
 * Sleeping: a thread counts itself in its counter, sets SLEEPERS in the
 * word, and sleeps with FUTEX_WAIT(__state, the word with SLEEPERS), which
 * the kernel refuses unless the word still holds exactly that value.
 * Waking: the unlock that frees the word (the writer's, or the last
 * reader's) reads both counters, then swaps in 0 with a compare-and-swap,
 * and wakes everybody if the old word had SLEEPERS or a counter was
 * nonzero.  Why no sleeper is forgotten: a sleeper counted before the
 * unlocker read the counters is seen there; one counted later must set
 * SLEEPERS (or find it set) before it can sleep, and that changes the word
 * under the unlocker's compare-and-swap, which then fails and starts over
 * with fresh counters, or finds SLEEPERS itself.
 *
 * The unlocker touches the lock only up to its compare-and-swap: a thread
 * that gets the lock right after may unlock it, destroy it and free its
 * memory; the futex wake that follows needs nothing but the address.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/defs.h"

#define WRITER   INT_MIN
#define SLEEPERS 0x40000000
#define READERS  0x3fffffff

/* Sleep while __state == seen (which says it is held), counted in count.
 * 0 to try again, or the error to return: ETIMEDOUT, EINVAL. */
static int sleep_on(pthread_rwlock_t *rw, volatile int *count, int seen,
                    clockid_t clock, const struct timespec *at)
{
	int r;

	if (at && (at->tv_nsec < 0 || at->tv_nsec >= 1000000000L))
		return EINVAL;
	if (at && at->tv_sec < 0)
		return ETIMEDOUT;                /* before 1970: long past */
	__atomic_fetch_add(count, 1, __ATOMIC_SEQ_CST);
	/* The word may have changed since we saw it: this fails, then. */
	if ((seen & SLEEPERS) || __atomic_compare_exchange_n(&rw->__state, &seen,
	                                         seen | SLEEPERS, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
		r = __futex_wait_until(&rw->__state, seen | SLEEPERS, clock, at,
		                       !rw->__pshared);
	else
		r = 0;
	__atomic_fetch_sub(count, 1, __ATOMIC_RELAXED);
	return r == -ETIMEDOUT ? ETIMEDOUT : 0;
}

static int rdlock(pthread_rwlock_t *rw, clockid_t clock, const struct timespec *at, int try)
{
	int s, r;

	s = __atomic_load_n(&rw->__state, __ATOMIC_RELAXED);
	for (;;) {
		if (!(s & WRITER)) {
			if ((s & READERS) == READERS)
				return EAGAIN;           /* too many readers */
			/* a failure leaves the word's new value in s */
			if (__atomic_compare_exchange_n(&rw->__state, &s, s + 1, 0,
			                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
				return 0;
			continue;
		} else if (try) {
			return EBUSY;
		} else if ((r = sleep_on(rw, &rw->__waiters, s, clock, at)) != 0) {
			return r;
		}
		s = __atomic_load_n(&rw->__state, __ATOMIC_RELAXED);
	}
}

static int wrlock(pthread_rwlock_t *rw, clockid_t clock, const struct timespec *at, int try)
{
	int s, r;

	for (;;) {
		s = 0;
		if (__atomic_compare_exchange_n(&rw->__state, &s, WRITER, 0,
		                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 0;
		if (try)
			return EBUSY;
		if ((r = sleep_on(rw, &rw->__writers_waiting, s, clock, at)) != 0)
			return r;
	}
}

weak int pthread_rwlock_rdlock(pthread_rwlock_t *rw)     { return rdlock(rw, CLOCK_REALTIME, 0, 0); }
weak int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)  { return rdlock(rw, CLOCK_REALTIME, 0, 1); }
weak int pthread_rwlock_wrlock(pthread_rwlock_t *rw)     { return wrlock(rw, CLOCK_REALTIME, 0, 0); }
weak int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)  { return wrlock(rw, CLOCK_REALTIME, 0, 1); }

weak int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict at)
{
	return rdlock(rw, CLOCK_REALTIME, at, 0);
}

weak int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict at)
{
	return wrlock(rw, CLOCK_REALTIME, at, 0);
}

/* glibc 2.30: the deadline on CLOCK_REALTIME or CLOCK_MONOTONIC. */
weak int pthread_rwlock_clockrdlock(pthread_rwlock_t *restrict rw, clockid_t clock,
                                    const struct timespec *restrict at)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	return rdlock(rw, clock, at, 0);
}

weak int pthread_rwlock_clockwrlock(pthread_rwlock_t *restrict rw, clockid_t clock,
                                    const struct timespec *restrict at)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	return wrlock(rw, clock, at, 0);
}

weak int pthread_rwlock_unlock(pthread_rwlock_t *rw)
{
	int s, new, sleepers, priv = !rw->__pshared;

	s = __atomic_load_n(&rw->__state, __ATOMIC_RELAXED);
	do {
		if ((s & ~SLEEPERS) == 0)
			return EPERM;                /* nobody holds it */
		/* The writer, or the last reader, frees it; other readers
		 * just leave (keeping SLEEPERS: writers still wait), and
		 * need not look at the counters: they wake nobody.  (A
		 * failed compare-and-swap leaves the word's value in s.) */
		new = (s & WRITER) || (s & READERS) == 1 ? 0 : s - 1;
		sleepers = new ? 0 : __atomic_load_n(&rw->__waiters, __ATOMIC_SEQ_CST) |
		                     __atomic_load_n(&rw->__writers_waiting, __ATOMIC_SEQ_CST);
	} while (!__atomic_compare_exchange_n(&rw->__state, &s, new, 0,
	                                      __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
	if (new == 0 && ((s & SLEEPERS) || sleepers))
		__futex_wake(&rw->__state, INT_MAX, priv);
	return 0;
}

weak int pthread_rwlock_init(pthread_rwlock_t *restrict rw, const pthread_rwlockattr_t *restrict a)
{
	*rw = (pthread_rwlock_t)PTHREAD_RWLOCK_INITIALIZER;
	if (a)
		rw->__pshared = a->__pshared;
	return 0;
}

weak int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
	(void)rw;
	return 0;
}
