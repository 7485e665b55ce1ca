/* pthread_mutex_t: the three-state futex lock of thread/lock.c (the same
 * primitive as taskrt's internal lock, with a deadline and process-shared
 * futexes), plus an owner and a depth for the recursive and
 * error-checking types.
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
#include "internal/lock.h"
#include "internal/pthread.h"
#include "internal/defs.h"

/* The caller's tid: a nonzero id for __owner. */
static int my_tid(void)
{
	return __thread_tid(__self());
}

/* Take the lock word, sleeping while others hold it.  at: an absolute
 * CLOCK_REALTIME deadline, or 0.  Returns 0, ETIMEDOUT or EINVAL. */
static int acquire(pthread_mutex_t *m, const struct timespec *at)
{
	return __lock_try(&m->__lock) ? 0 : __lock_wait(&m->__lock, !m->__pshared, at);
}

/* lock, trylock and timedlock in one: try != 0 never sleeps. */
static int lock(pthread_mutex_t *m, const struct timespec *at, int try)
{
	int me, r;

	if (m->__type == PTHREAD_MUTEX_NORMAL) {
		if (!try)
			return acquire(m, at);
		return __lock_try(&m->__lock) ? 0 : EBUSY;
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
		if (!__lock_try(&m->__lock))
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
	__lock_release(&m->__lock, !m->__pshared);
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
