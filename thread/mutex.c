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
 *
 * A process with one thread takes and gives back the word of a private
 * mutex with a plain load and store, no atomic read-modify-write (take()
 * and give() below; glibc does the same).  Why that is safe:
 *
 *   - Alone means __threads_besides_one == 0, read by the caller itself.
 *     Only a thread can make a thread: while the count is 0 nobody else
 *     can raise it, so the caller stays alone until it calls
 *     pthread_create itself, which counts the new thread before its clone.
 *     A lock taken alone and released with company (or the other way
 *     round) is no problem: both paths keep the same three-state word,
 *     and the clone, a system call, orders the plain store before
 *     anything the new thread does.  The count is read with ACQUIRE: when
 *     it drops to 0 because the last other thread left (pthread_exit
 *     decrements it with ACQ_REL after that thread's last unlock), we see
 *     everything that thread wrote under the mutex.
 *   - A thread past that decrement runs no program code, only its exit;
 *     a signal handler that interrupted it and locked a mutex would call
 *     a function that is not async-signal-safe from a handler that
 *     interrupted one that is not either: undefined, as POSIX says.
 *   - Alone, take acts only on a free word (0 -> 1).  A word found held
 *     goes the ordinary way, which is right in any case: a NORMAL mutex
 *     relocked by its only thread sleeps for ever, as POSIX says it does.
 *     give stores 0 whether the word said 1 or 2: a 2 left from when
 *     there were other threads asks to wake a sleeper, but a sleeper on
 *     a private futex is a thread of this process, and there is none.
 *   - A signal handler in the one thread that runs between the load and
 *     the store uses the mutex completely (locks and unlocks) or deadlocks
 *     in any implementation: it finds the word as we left it and leaves
 *     it so; the store we then make is still right.  (Mutexes are not
 *     async-signal-safe; this much holds anyway.)  A signal fence keeps
 *     the compiler from moving the critical section across the store.
 *   - fork's child has one thread and says so (syscall/process.c sets the
 *     count to 0); a mutex another parent thread held stays held there,
 *     as with every libc.
 *   - A process-shared mutex may be contended by another process at any
 *     time: always atomic.  Robust, PI and protected mutexes take
 *     thread/mutex_owner.c, never these paths.  Recursive and errorcheck
 *     mutexes take and give the word through the same two helpers, after
 *     their owner tests, which do not change.
 * The multi-threaded path pays one load of the count and a branch.
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

/* A private mutex in a process whose only thread is the caller (see
 * above): nobody else can look at its word. */
static int alone(const pthread_mutex_t *m)
{
	return !__atomic_load_n(&__threads_besides_one, __ATOMIC_ACQUIRE) && !m->__pshared;
}

/* One try at 0 -> 1: 1 if the word is now ours. */
static int take(pthread_mutex_t *m)
{
	if (!alone(m))
		return __lock_try(&m->__lock);
	if (m->__lock)
		return 0;
	m->__lock = 1;
	__atomic_signal_fence(__ATOMIC_ACQUIRE);
	return 1;
}

/* Take the word, for every type: at once, else (unless try) spin, then
 * sleep until it is ours.  0, EBUSY, ETIMEDOUT, or EINVAL for a bad
 * deadline.  Out of line, and the tail of a NORMAL mutex's lock: the
 * fast path needs no stack frame, and the bytes are there once. */
__attribute__((__noinline__))
static int word(pthread_mutex_t *m, clockid_t clock, const struct timespec *at, int try)
{
	if (take(m))
		return 0;
	return try ? EBUSY : __lock_wait(&m->__lock, !m->__pshared, clock, at);
}

/* Give the word back, waking a sleeper if it says there may be one.
 * Alone, nobody can be asleep on a private futex: just store 0.
 * Returns 0, for unlock's tail call. */
__attribute__((__noinline__))
static int give(pthread_mutex_t *m)
{
	if (alone(m)) {
		__atomic_signal_fence(__ATOMIC_RELEASE);
		m->__lock = 0;
		return 0;
	}
	__lock_release(&m->__lock, !m->__pshared);
	return 0;
}

/* The recursive and errorcheck types (and, through them, the owner-word
 * kinds): the owner tests, then the word. */
__attribute__((__noinline__))
static int lock_typed(pthread_mutex_t *m, clockid_t clock, const struct timespec *at, int try)
{
	int me, r;

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
	if ((r = word(m, clock, at, try)) != 0)
		return r;
	m->__count = 0;
	__atomic_store_n(&m->__owner, me, __ATOMIC_RELAXED);
	return 0;
}

/* lock, trylock, timedlock and clocklock in one: try != 0 never sleeps.
 * The fast path (a NORMAL mutex: __type 0) tests nothing else. */
__attribute__((__always_inline__))
static inline int lock(pthread_mutex_t *m, clockid_t clock, const struct timespec *at, int try)
{
	if (m->__type != PTHREAD_MUTEX_NORMAL)
		return lock_typed(m, clock, at, try);
	return word(m, clock, at, try);
}

/* The commonest call of all: a free private NORMAL mutex, alone, in a
 * handful of instructions; anything else takes lock()'s way (the count
 * first, so that with company the word is not read before its CAS). */
int __pthread_mutex_lock(pthread_mutex_t *m)
{
	if (__builtin_expect(!__atomic_load_n(&__threads_besides_one, __ATOMIC_ACQUIRE)
	                     && !(m->__type | m->__pshared | m->__lock), 1)) {
		m->__lock = 1;
		__atomic_signal_fence(__ATOMIC_ACQUIRE);
		return 0;
	}
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
	return give(m);
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
