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
 *
 * Robust, priority-inheriting and priority-protected mutexes have flags
 * in __type above the type (internal/mutex.h) and a different lock word:
 * thread/mutex_owner.c, reached from the non-NORMAL branch only.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "internal/lock.h"
#include "internal/mutex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

/* Robust, PI and protected mutexes (internal/mutex.h): only a program
 * that set their attributes links thread/mutex_owner.c; without it no
 * mutex can carry those flags. */
static int no_owner_lock(pthread_mutex_t *m, clockid_t c, const struct timespec *at, int try)
{
	(void)m; (void)c; (void)at; (void)try;
	return EINVAL;
}
weak_alias(no_owner_lock, __mutex_owner_lock);
static int no_owner_unlock(pthread_mutex_t *m)
{
	(void)m;
	return EINVAL;
}
weak_alias(no_owner_unlock, __mutex_owner_unlock);

/* The caller's tid: a nonzero id for __owner. */
static int my_tid(void)
{
	return __thread_tid(__self());
}

/* Take the lock word, sleeping while others hold it.  at: an absolute
 * deadline on clock, or 0.  Returns 0, ETIMEDOUT or EINVAL. */
static int acquire(pthread_mutex_t *m, clockid_t clock, const struct timespec *at)
{
	return __lock_try(&m->__lock) ? 0 : __lock_wait(&m->__lock, !m->__pshared, clock, at);
}

/* lock, trylock, timedlock and clocklock in one: try != 0 never sleeps.
 * The fast path (a NORMAL mutex: __type 0) tests nothing else. */
static int lock(pthread_mutex_t *m, clockid_t clock, const struct timespec *at, int try)
{
	int me, r;

	if (m->__type == PTHREAD_MUTEX_NORMAL) {
		if (!try)
			return acquire(m, clock, at);
		return __lock_try(&m->__lock) ? 0 : EBUSY;
	}
	if (m->__type & MUTEX_OWNER_WORD)
		return __mutex_owner_lock(m, clock, at, try);
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
	} else if ((r = acquire(m, clock, at)) != 0) {
		return r;
	}
	m->__count = 0;
	__atomic_store_n(&m->__owner, me, __ATOMIC_RELAXED);
	return 0;
}

int __pthread_mutex_lock(pthread_mutex_t *m)
{
	return lock(m, CLOCK_REALTIME, 0, 0);
}
weak_alias(__pthread_mutex_lock, pthread_mutex_lock);

int __pthread_mutex_trylock(pthread_mutex_t *m)
{
	return lock(m, CLOCK_REALTIME, 0, 1);
}
weak_alias(__pthread_mutex_trylock, pthread_mutex_trylock);

int __pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict at)
{
	return lock(m, CLOCK_REALTIME, at, 0);
}
weak_alias(__pthread_mutex_timedlock, pthread_mutex_timedlock);

/* glibc 2.30: the deadline on CLOCK_REALTIME or CLOCK_MONOTONIC. */
weak int pthread_mutex_clocklock(pthread_mutex_t *restrict m, clockid_t clock,
                                 const struct timespec *restrict at)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	return lock(m, clock, at, 0);
}

int __pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (m->__type != PTHREAD_MUTEX_NORMAL) {
		if (m->__type & MUTEX_OWNER_WORD)
			return __mutex_owner_unlock(m);
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
		if (a->__robust)
			m->__type |= MUTEX_ROBUST;
		if (a->__protocol == PTHREAD_PRIO_INHERIT)
			m->__type |= MUTEX_PI;
		if (a->__protocol == PTHREAD_PRIO_PROTECT) {
			m->__type |= MUTEX_PP;
			/* unset: the lowest real-time priority, as in glibc */
			m->__ceiling = a->__ceiling ? a->__ceiling
			             : __syscall(SYS_sched_get_priority_min, SCHED_FIFO);
		}
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
