/* Mutexes whose lock word holds the owner's tid: robust (PTHREAD_MUTEX_ROBUST),
 * priority-inheriting (PTHREAD_PRIO_INHERIT) and priority-protected
 * (PTHREAD_PRIO_PROTECT), each of any type.  The attributes that select
 * them live here too, so that only a program that asks for one links this.
 *
 *   __lock   0 free, else  tid | FUTEX_WAITERS? | FUTEX_OWNER_DIED?
 *            (the layout the kernel uses for robust lists and PI futexes)
 *   __count  extra levels of a recursive owner
 *   __state  robust: consistent, inconsistent (locked after EOWNERDEAD),
 *            not recoverable (unlocked while inconsistent)
 *   __owner  PTHREAD_PRIO_PROTECT: the holder's priority before the raise
 *   __ceiling  PTHREAD_PRIO_PROTECT's priority
 *
 * PI: the kernel owns the slow path.  Free -> tid is one compare-and-swap
 * in user space; contended, FUTEX_LOCK_PI queues the caller by priority,
 * sets FUTEX_WAITERS, boosts the owner, and returns with the word already
 * holding the caller's tid.  Unlock: tid -> 0 if the word is exactly our
 * tid (no waiters), else FUTEX_UNLOCK_PI hands it over.
 *
 * Not PI (robust or protected): FUTEX_WAITERS plays the role of thread/lock.c's
 * state 2, and the argument that no wake-up is lost is the same:
 *   - a waiter sleeps only through FUTEX_WAIT(__lock, v) with v holding
 *     FUTEX_WAITERS, which the kernel refuses unless the word still holds
 *     v when it queues the waiter (under the lock FUTEX_WAKE takes);
 *   - so before sleeping the waiter sets FUTEX_WAITERS (compare-and-swap on
 *     the value it saw).  An unlock after that finds the bit and wakes one
 *     sleeper; an unlock before it changed the word, the CAS fails, and
 *     the waiter looks again (and finds the word free);
 *   - the kernel, when the owner dies, stores FUTEX_OWNER_DIED and keeps
 *     FUTEX_WAITERS, and then wakes one sleeper if the bit was set: the
 *     same as an unlock;
 *   - a woken thread takes the lock with FUTEX_WAITERS set, because it
 *     cannot know whether others still sleep (at worst one needless wake);
 *     a thread that takes a free word keeps the FUTEX_WAITERS it found.
 * The kernel's wake at an owner's death is a *shared* futex wake, so a
 * robust mutex always sleeps on shared futexes, as glibc's do.
 */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/mutex.h"
#include "internal/pthread.h"

static int is_robust(const pthread_mutex_t *m) { return m->__type & MUTEX_ROBUST; }
static int is_pi(const pthread_mutex_t *m)     { return m->__type & MUTEX_PI; }
/* Private futexes only for a private mutex the kernel never wakes itself. */
static int priv(const pthread_mutex_t *m) { return !m->__pshared && !is_robust(m); }

/* A ceiling is a SCHED_FIFO priority (1..99 on Linux). */
static int valid_ceiling(int c)
{
	return c >= __syscall(SYS_sched_get_priority_min, SCHED_FIFO) &&
	       c <= __syscall(SYS_sched_get_priority_max, SCHED_FIFO);
}

/* Take the word (not PI).  *died: it was FUTEX_OWNER_DIED. */
static int take(pthread_mutex_t *m, int me, clockid_t clock, const struct timespec *at,
                int try, int *died)
{
	int v, want, slept = 0, r;

	for (;;) {
		if (m->__state == MUTEX_NOTRECOVERABLE)
			return ENOTRECOVERABLE;
		v = __atomic_load_n(&m->__lock, __ATOMIC_RELAXED);
		if (!(v & FUTEX_TID_MASK)) {
			/* Free, or its owner died: ours, the owner-died bit dropped. */
			want = me | (v & FUTEX_WAITERS) | (slept ? (int)FUTEX_WAITERS : 0);
			if (__atomic_compare_exchange_n(&m->__lock, &v, want, 0,
			                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
				*died = v & FUTEX_OWNER_DIED;
				return 0;
			}
			continue;
		}
		if (try)
			return EBUSY;
		if (__deadline_invalid(at))
			return EINVAL;
		if (at && at->tv_sec < 0)
			return ETIMEDOUT;        /* before 1970: long past */
		if (!(v & FUTEX_WAITERS)) {
			want = v | (int)FUTEX_WAITERS;
			if (!__atomic_compare_exchange_n(&m->__lock, &v, want, 0,
			                                 __ATOMIC_RELAXED, __ATOMIC_RELAXED))
				continue;
			v = want;
		}
		r = __futex_wait_until(&m->__lock, v, clock, at, priv(m));
		if (r == -ETIMEDOUT || r == -EINVAL)
			return -r;
		slept = 1;
	}
}

/* Take a PI word: the kernel sleeps for us. */
static int take_pi(pthread_mutex_t *m, int me, clockid_t clock, const struct timespec *at,
                   int try, int *died)
{
	int v = 0, r, p = !m->__pshared && !is_robust(m);

	if (!__atomic_compare_exchange_n(&m->__lock, &v, me, 0,
	                                 __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		if (try)
			r = __futex_trylock_pi(&m->__lock, p);
		else if (at && at->tv_sec < 0 && at->tv_nsec >= 0 && at->tv_nsec < 1000000000L)
			r = -ETIMEDOUT;
		else
			r = __futex_lock_pi(&m->__lock, clock, at, p);
		if (r == -EAGAIN || r == -EBUSY)
			return EBUSY;
		if (r)
			return -r;               /* ETIMEDOUT, EINVAL, EDEADLK, ENOSYS */
	}
	v = __atomic_load_n(&m->__lock, __ATOMIC_RELAXED);
	*died = v & FUTEX_OWNER_DIED;
	if (*died)
		__atomic_fetch_and(&m->__lock, ~FUTEX_OWNER_DIED, __ATOMIC_RELAXED);
	if (m->__state == MUTEX_NOTRECOVERABLE) {
		/* handed over by the unlock that made it so: pass it on */
		if (__futex_unlock_pi(&m->__lock, p) == -EPERM)
			__atomic_store_n(&m->__lock, 0, __ATOMIC_RELEASE);
		return ENOTRECOVERABLE;
	}
	return 0;
}

static void release(pthread_mutex_t *m, int me)
{
	int p = priv(m), all = m->__state == MUTEX_NOTRECOVERABLE, v = me;

	if (is_pi(m)) {
		if (!__atomic_compare_exchange_n(&m->__lock, &v, 0, 0,
		                                 __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			__futex_unlock_pi(&m->__lock, !m->__pshared && !is_robust(m));
		return;
	}
	/* Not a byte of m is read after this exchange (see internal/lock.h). */
	if (__atomic_exchange_n(&m->__lock, 0, __ATOMIC_RELEASE) & FUTEX_WAITERS)
		__futex_wake(&m->__lock, all ? INT_MAX : 1, p);
}

int __mutex_owner_lock(pthread_mutex_t *m, clockid_t clock, const struct timespec *at, int try)
{
	int me = __thread_tid(__self()), type = m->__type & MUTEX_TYPE_MASK;
	int died = 0, saved = 0, r;

	if ((__atomic_load_n(&m->__lock, __ATOMIC_RELAXED) & FUTEX_TID_MASK) == me) {
		if (type == PTHREAD_MUTEX_RECURSIVE) {
			if (m->__count == INT_MAX)
				return EAGAIN;
			m->__count++;
			return 0;
		}
		/* errorcheck: EDEADLK even for trylock, as glibc; normal: a
		 * deadlock we can report */
		return try && type != PTHREAD_MUTEX_ERRORCHECK ? EBUSY : EDEADLK;
	}
	if (m->__type & MUTEX_PP) {
		if (!valid_ceiling(m->__ceiling))
			return EINVAL;
		if ((r = __mutex_ceiling_raise(m->__ceiling, &saved)) != 0)
			return r;
	}
	if (is_robust(m)) {
		if (__robust_register() != 0) {
			__mutex_ceiling_restore(saved);
			return ENOTSUP;
		}
		__robust_pending(m);
	}
	r = is_pi(m) ? take_pi(m, me, clock, at, try, &died) : take(m, me, clock, at, try, &died);
	if (r == 0 && is_robust(m))
		__robust_add(m);
	if (is_robust(m))
		__robust_done();
	if (r) {
		__mutex_ceiling_restore(saved);
		return r;
	}
	m->__count = 0;
	m->__owner = saved;
	if (died && is_robust(m)) {
		m->__state = MUTEX_INCONSISTENT;
		return EOWNERDEAD;
	}
	return 0;
}

int __mutex_owner_unlock(pthread_mutex_t *m)
{
	int me = __thread_tid(__self()), saved, robust = is_robust(m);

	if ((__atomic_load_n(&m->__lock, __ATOMIC_RELAXED) & FUTEX_TID_MASK) != me)
		return EPERM;
	if (m->__count > 0) {
		m->__count--;
		return 0;
	}
	/* Unlocked without pthread_mutex_consistent: nobody can have it now. */
	if (m->__state == MUTEX_INCONSISTENT)
		m->__state = MUTEX_NOTRECOVERABLE;
	saved = m->__owner;
	m->__owner = 0;
	if (robust) {
		__robust_pending(m);
		__robust_remove(m);
	}
	release(m, me);
	if (robust)
		__robust_done();
	__mutex_ceiling_restore(saved);
	return 0;
}

/* A robust mutex whose owner died is locked again (EOWNERDEAD) but
 * inconsistent; its new owner repairs the data, then says so here. */
int __pthread_mutex_consistent(pthread_mutex_t *m)
{
	if (!is_robust(m) || m->__state != MUTEX_INCONSISTENT ||
	    (__atomic_load_n(&m->__lock, __ATOMIC_RELAXED) & FUTEX_TID_MASK) != __thread_tid(__self()))
		return EINVAL;
	m->__state = MUTEX_CONSISTENT;
	return 0;
}
weak_alias(__pthread_mutex_consistent, pthread_mutex_consistent);
weak_alias(__pthread_mutex_consistent, pthread_mutex_consistent_np);

/* The attributes.  Each that needs the kernel's help asks it now, and
 * refuses with ENOTSUP where it is missing (qemu-user has neither
 * set_robust_list nor, in some versions, PI futexes): a program told
 * ENOTSUP can choose; one told 0 would find out when an owner dies. */
int __pthread_mutexattr_setrobust(pthread_mutexattr_t *a, int robust)
{
	if (robust != PTHREAD_MUTEX_STALLED && robust != PTHREAD_MUTEX_ROBUST)
		return EINVAL;
	if (robust && __robust_register() != 0)
		return ENOTSUP;
	a->__robust = robust;
	return 0;
}
weak_alias(__pthread_mutexattr_setrobust, pthread_mutexattr_setrobust);
weak_alias(__pthread_mutexattr_setrobust, pthread_mutexattr_setrobust_np);

int __pthread_mutexattr_getrobust(const pthread_mutexattr_t *restrict a, int *restrict robust)
{
	*robust = a->__robust;
	return 0;
}
weak_alias(__pthread_mutexattr_getrobust, pthread_mutexattr_getrobust);
weak_alias(__pthread_mutexattr_getrobust, pthread_mutexattr_getrobust_np);

/* Does the kernel do PI futexes?  Try-lock a private word of our own: it
 * is free, so the kernel just stores our tid (no state to undo). */
static int pi_supported(void)
{
	volatile int w = 0;

	return __futex_trylock_pi(&w, 1) == 0;
}

weak int pthread_mutexattr_setprotocol(pthread_mutexattr_t *a, int protocol)
{
	if (protocol != PTHREAD_PRIO_NONE && protocol != PTHREAD_PRIO_INHERIT &&
	    protocol != PTHREAD_PRIO_PROTECT)
		return EINVAL;
	if (protocol == PTHREAD_PRIO_INHERIT && !pi_supported())
		return ENOTSUP;
	a->__protocol = protocol;
	return 0;
}

weak int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict a, int *restrict protocol)
{
	*protocol = a->__protocol;
	return 0;
}

/* An attribute object's ceiling is 0 until set: it reads as the lowest
 * SCHED_FIFO priority, as in glibc (thread/mutex.c's init does the same). */
weak int pthread_mutexattr_setprioceiling(pthread_mutexattr_t *a, int ceiling)
{
	if (!valid_ceiling(ceiling))
		return EINVAL;
	a->__ceiling = ceiling;
	return 0;
}

weak int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t *restrict a, int *restrict ceiling)
{
	*ceiling = a->__ceiling ? a->__ceiling : __syscall(SYS_sched_get_priority_min, SCHED_FIFO);
	return 0;
}

weak int pthread_mutex_getprioceiling(const pthread_mutex_t *restrict m, int *restrict ceiling)
{
	if (!(m->__type & MUTEX_PP))
		return EINVAL;
	*ceiling = m->__ceiling;
	return 0;
}

/* POSIX: lock the mutex (unless the caller holds it), change the ceiling,
 * unlock.  The lock runs at the old ceiling. */
weak int pthread_mutex_setprioceiling(pthread_mutex_t *restrict m, int ceiling, int *restrict old)
{
	int me = __thread_tid(__self()), r, mine, died;

	if (!(m->__type & MUTEX_PP) || !valid_ceiling(ceiling))
		return EINVAL;
	mine = (__atomic_load_n(&m->__lock, __ATOMIC_RELAXED) & FUTEX_TID_MASK) == me;
	/* Without the raise: glibc lets a SCHED_OTHER thread do this too. */
	if (!mine && (r = is_pi(m) ? take_pi(m, me, CLOCK_REALTIME, 0, 0, &died)
	                           : take(m, me, CLOCK_REALTIME, 0, 0, &died)) != 0)
		return r;
	if (old)
		*old = m->__ceiling;
	m->__ceiling = ceiling;
	if (!mine)
		release(m, me);
	return 0;
}
