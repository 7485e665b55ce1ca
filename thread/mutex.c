/* pthread_mutex_t: the three-state futex lock of thread/lock.c, plus an
 * owner and a depth for the recursive and error-checking types.
 *
 *   __lock   0 free, 1 locked, 2 locked and someone may sleep on it
 *   __owner  the holder's tid (recursive, errorcheck only; 0 when free)
 *   __count  extra levels a recursive owner holds beyond the first
 *
 * Why no wake-up is lost (the same argument as thread/lock.c): a thread
 * sleeps only through FUTEX_WAIT(__lock, 2), which the kernel refuses
 * unless the word still holds 2; a waiter stores 2 before it sleeps, and
 * an unlock that finds 2 wakes one sleeper.  A woken thread takes the lock
 * with 2, because it cannot know whether others still sleep.
 *
 * Uncontended, a NORMAL mutex costs one compare-and-swap to lock and one
 * exchange to unlock: no system call.  The other types add an owner test.
 * The owner field is written only by its holder and compared only with
 * the caller's own tid, so a stale read can never look like "mine".
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

#define SPINS 100

/* The caller's tid: a nonzero id for __owner. */
static int my_tid(void)
{
	return __thread_tid(__self());
}

/* Take the lock word, sleeping while others hold it.  at: an absolute
 * CLOCK_REALTIME deadline, or 0.  Returns 0, ETIMEDOUT or EINVAL. */
static int acquire(pthread_mutex_t *m, const struct timespec *at)
{
	int c = 0, priv = !m->__pshared, r;

	if (__atomic_compare_exchange_n(&m->__lock, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return 0;
	/* The holder may be about to leave: look (reading only) for a while. */
	for (int i = 0; i < SPINS && c == 1; i++) {
		c = __atomic_load_n(&m->__lock, __ATOMIC_RELAXED);
		if (c == 0 && __atomic_compare_exchange_n(&m->__lock, &c, 1, 0,
		                                          __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 0;
	}
	/* POSIX checks the deadline only when the caller would block. */
	if (at && (at->tv_nsec < 0 || at->tv_nsec >= 1000000000L))
		return EINVAL;
	/* Announce a waiter (2); an old value of 0 means the lock is ours. */
	while (__atomic_exchange_n(&m->__lock, 2, __ATOMIC_ACQUIRE) != 0) {
		if (at && at->tv_sec < 0)
			return ETIMEDOUT;        /* before 1970: long past */
		r = __futex_wait_until(&m->__lock, 2, CLOCK_REALTIME, at, priv);
		if (r == -ETIMEDOUT)
			return ETIMEDOUT;        /* -EINTR, -EAGAIN: look again */
	}
	return 0;
}

static void release(pthread_mutex_t *m)
{
	int priv = !m->__pshared;

	/* RELEASE: the critical section's writes are visible before the word
	 * reads 0.  Only an old value of 2 means a sleeper may need us.  Not
	 * a byte of the mutex is read after the exchange: the next owner may
	 * already have unlocked and freed it (the wake needs just the address). */
	if (__atomic_exchange_n(&m->__lock, 0, __ATOMIC_RELEASE) == 2)
		__futex_wake(&m->__lock, 1, priv);
}

/* lock, trylock and timedlock in one: try != 0 never sleeps. */
static int lock(pthread_mutex_t *m, const struct timespec *at, int try)
{
	int me, r, c = 0;

	if (m->__type == PTHREAD_MUTEX_NORMAL) {
		if (!try)
			return acquire(m, at);
		return __atomic_compare_exchange_n(&m->__lock, &c, 1, 0, __ATOMIC_ACQUIRE,
		                                   __ATOMIC_RELAXED) ? 0 : EBUSY;
	}
	me = my_tid();
	if (__atomic_load_n(&m->__owner, __ATOMIC_RELAXED) == me) {
		if (m->__type != PTHREAD_MUTEX_RECURSIVE)
			return try ? EBUSY : EDEADLK;
		if (m->__count == INT_MAX)
			return EAGAIN;           /* POSIX: too many levels */
		m->__count++;
		return 0;
	}
	if (try) {
		if (!__atomic_compare_exchange_n(&m->__lock, &c, 1, 0, __ATOMIC_ACQUIRE,
		                                 __ATOMIC_RELAXED))
			return EBUSY;
	} else if ((r = acquire(m, at)) != 0) {
		return r;
	}
	m->__count = 0;
	__atomic_store_n(&m->__owner, me, __ATOMIC_RELAXED);
	return 0;
}

int __pthread_mutex_lock(pthread_mutex_t *m)
{
	return lock(m, 0, 0);
}
weak_alias(__pthread_mutex_lock, pthread_mutex_lock);

int __pthread_mutex_trylock(pthread_mutex_t *m)
{
	return lock(m, 0, 1);
}
weak_alias(__pthread_mutex_trylock, pthread_mutex_trylock);

int __pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict at)
{
	return lock(m, at, 0);
}
weak_alias(__pthread_mutex_timedlock, pthread_mutex_timedlock);

int __pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (m->__type != PTHREAD_MUTEX_NORMAL) {
		/* Not ours (or not locked at all): EPERM, and change nothing. */
		if (__atomic_load_n(&m->__owner, __ATOMIC_RELAXED) != my_tid())
			return EPERM;
		if (m->__count > 0) {
			m->__count--;
			return 0;
		}
		__atomic_store_n(&m->__owner, 0, __ATOMIC_RELAXED);
	}
	release(m);
	return 0;
}
weak_alias(__pthread_mutex_unlock, pthread_mutex_unlock);

int __pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a)
{
	*m = (pthread_mutex_t)PTHREAD_MUTEX_INITIALIZER;
	if (a) {
		m->__type = a->__type;
		m->__pshared = a->__pshared;
	}
	return 0;
}
weak_alias(__pthread_mutex_init, pthread_mutex_init);

int __pthread_mutex_destroy(pthread_mutex_t *m)
{
	(void)m;                             /* nothing to free */
	return 0;
}
weak_alias(__pthread_mutex_destroy, pthread_mutex_destroy);
