/* Condition variables: a sequence counter that every signal bumps.
 *
 *   __seq      the futex word: +1 on every signal or broadcast that
 *              finds a waiter
 *   __waiters  threads between registering and leaving a wait; bit 31
 *              (DESTROYING) says pthread_cond_destroy waits for them
 *
 * A waiter, still holding the mutex, registers (__waiters + 1), reads
 * __seq, unlocks the mutex and sleeps with FUTEX_WAIT(__seq, seen).  Why
 * no wake-up is lost: a signal that matters to this waiter is one sent
 * after the waiter released the mutex (the predicate the waiter saw false
 * can only change after that).  Such a signal sees __waiters > 0, because
 * the waiter registered before it unlocked, and it bumps __seq.  Then
 * either the waiter's FUTEX_WAIT still finds the old value and sleeps
 * until the FUTEX_WAKE that follows the bump, or the kernel finds __seq
 * already changed and refuses to sleep (EAGAIN): the waiter returns at
 * once.  The kernel checks the value and queues the sleeper under the
 * same lock FUTEX_WAKE takes, so there is no gap in between.
 *
 * What the design allows: spurious returns (a signal may release every
 * waiter that had not yet gone to sleep, a signal handler may interrupt),
 * which POSIX permits and every caller re-checks its predicate for; and a
 * waiter that arrives after a signal may take that signal's wake-up from
 * an older one (glibc's 2016 condvar prevents this, at many times the
 * size).  __seq wraps after 2^32 signals: a waiter that slept through
 * exactly that many would miss one; nobody does.
 *
 * __sleepers saves the system call of a signal that has nobody to wake.
 * A waiter adds itself just before its FUTEX_WAIT; a FUTEX_WAKE returns
 * how many sleepers it took off the futex, and its caller subtracts
 * them; a waiter whose wait returned anything but 0 (EAGAIN, a timeout,
 * a signal, a cancel: the kernel returns 0 exactly when a wake took it
 * off) was counted off by nobody and subtracts itself.  So __sleepers
 * counts the waiters that may sleep and have not been woken, and a
 * signal skips FUTEX_WAKE when it is 0: the common case of a waiter
 * woken once and signalled again before it runs (one CPU, a producer
 * that refills faster than its consumer is scheduled).  It loses no
 * wake-up: the waiter adds itself before the kernel reads __seq, and
 * the signaller reads __sleepers after its bump, both sequentially
 * consistent (the kernel's futex wait has a full barrier before that
 * read), so a waiter that found the old __seq and slept is seen by the
 * signaller's read, which then wakes.
 *
 * Signal and broadcast touch the condvar after the bump (reading and
 * updating __sleepers), so a waiter must not destroy it while a signal
 * or broadcast is still running; glibc sets the program the same rule
 * (a condvar is destroyed only after those calls have returned).
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

#define DESTROYING INT_MIN

static void leave(pthread_cond_t *c, int priv)
{
	if (__atomic_sub_fetch(&c->__waiters, 1, __ATOMIC_SEQ_CST) == DESTROYING)
		__futex_wake(&c->__waiters, 1, priv);
}

/* timedwait on the condvar's clock, clockwait on the caller's. */
static int cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                     clockid_t clock, const struct timespec *restrict at)
{
	struct pthread *self = __self();
	int seq, r = 0, priv = !c->__pshared, cs, l;

	if (__deadline_invalid(at))
		return EINVAL;
	__atomic_fetch_add(&c->__waiters, 1, __ATOMIC_SEQ_CST);
	seq = __atomic_load_n(&c->__seq, __ATOMIC_SEQ_CST);
	if ((r = __pthread_mutex_unlock(m)) != 0) {
		leave(c, priv);                  /* errorcheck: not the owner */
		return r;
	}
	if (at && at->tv_sec < 0)
		r = -ETIMEDOUT;                  /* before 1970: long past */
	else {
		/* A cancellation point; a cancel exits only once the mutex
		 * is ours again, before any cleanup handler runs (POSIX). */
		cs = __cancel_mask(self);
		__atomic_fetch_add(&c->__sleepers, 1, __ATOMIC_SEQ_CST);
		r = __futex_wait_cp(&c->__seq, seq, clock, at, priv);
		if (r)                           /* no wake counted it off */
			__atomic_fetch_sub(&c->__sleepers, 1, __ATOMIC_SEQ_CST);
		__cancel_unmask(self, cs, 0);
	}
	leave(c, priv);
	/* Woken, timed out or interrupted: the mutex is ours again on return,
	 * whatever happened (POSIX).  0 covers -EAGAIN and -EINTR: spurious.
	 * A robust mutex whose owner died says so (EOWNERDEAD) here too. */
	l = __pthread_mutex_lock(m);
	if (r == -ECANCELED)
		__pthread_exit(PTHREAD_CANCELED);
	if (l == EOWNERDEAD || l == ENOTRECOVERABLE)
		return l;
	return r == -ETIMEDOUT ? ETIMEDOUT : 0;
}

int __pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           const struct timespec *restrict at)
{
	return cond_wait(c, m, c->__clock, at);
}
weak_alias(__pthread_cond_timedwait, pthread_cond_timedwait);

/* glibc 2.30: the deadline on the clock given, CLOCK_REALTIME or
 * CLOCK_MONOTONIC, whatever the condvar's own. */
weak int pthread_cond_clockwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                                clockid_t clock, const struct timespec *restrict at)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	return cond_wait(c, m, clock, at);
}

int __pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m)
{
	return __pthread_cond_timedwait(c, m, 0);
}
weak_alias(__pthread_cond_wait, pthread_cond_wait);

/* Only a registered waiter needs a bump, and only a sleeper that no
 * wake has counted off a system call. */
static int wake(pthread_cond_t *c, int count)
{
	int priv = !c->__pshared, n;

	if (__atomic_load_n(&c->__waiters, __ATOMIC_SEQ_CST) > 0) {
		__atomic_fetch_add(&c->__seq, 1, __ATOMIC_SEQ_CST);
		if (__atomic_load_n(&c->__sleepers, __ATOMIC_SEQ_CST) > 0
		    && (n = __futex_wake(&c->__seq, count, priv)) > 0)
			__atomic_fetch_sub(&c->__sleepers, n, __ATOMIC_SEQ_CST);
	}
	return 0;
}

int __pthread_cond_signal(pthread_cond_t *c)
{
	return wake(c, 1);
}
weak_alias(__pthread_cond_signal, pthread_cond_signal);

/* Wake them all; they then queue on the mutex one by one.  (Requeueing
 * them straight onto the mutex's futex would save those wake-ups, at the
 * price of coupling the two objects' protocols.) */
int __pthread_cond_broadcast(pthread_cond_t *c)
{
	return wake(c, INT_MAX);
}
weak_alias(__pthread_cond_broadcast, pthread_cond_broadcast);

int __pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict a)
{
	*c = (pthread_cond_t)PTHREAD_COND_INITIALIZER;
	if (a) {
		c->__clock = a->__clock;
		c->__pshared = a->__pshared;
	}
	return 0;
}
weak_alias(__pthread_cond_init, pthread_cond_init);

/* POSIX lets a thread destroy a condvar right after a broadcast, while the
 * threads it woke are still on their way out of the wait: let them leave
 * first.  Without waiters this costs one atomic OR. */
int __pthread_cond_destroy(pthread_cond_t *c)
{
	int w = __atomic_or_fetch(&c->__waiters, DESTROYING, __ATOMIC_SEQ_CST);

	while (w != DESTROYING) {
		__futex_wait(&c->__waiters, w, 0, !c->__pshared);
		w = __atomic_load_n(&c->__waiters, __ATOMIC_SEQ_CST);
	}
	return 0;
}
weak_alias(__pthread_cond_destroy, pthread_cond_destroy);
