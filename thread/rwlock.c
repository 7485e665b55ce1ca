/* Read-write locks: one futex word, and the writer's tid.
 *
 *   __state   bit 31 WRITER: a writer holds the lock (so the word is
 *             negative, as pthread.h says); bit 30 WSLEEP: a writer may
 *             be asleep on the word; bit 29 RSLEEP: a reader may be asleep
 *             on it (set only while WRITER is); bits 0-28 the count: the
 *             readers that hold the lock or, while WRITER is set, the
 *             readers that have arrived and wait for the writer to leave
 *   __writer  the tid of the writer holding it, 0 when none.  Written only
 *             by that writer (after it takes the word, and before it gives
 *             it back) and compared only with the caller's own tid, so a
 *             stale read can never look like "mine": a thread that asks
 *             for a lock it holds for writing gets EDEADLK, as in glibc
 *   __kind    the attribute's preference, remembered (see Policy)
 *
 * Policy: readers first, whatever the kind.  A reader gets in whenever no
 * writer holds the lock, even while writers wait; so a thread may take a
 * read lock it already holds (POSIX requires that to work) without
 * deadlocking behind a waiting writer.  The price: a steady stream of
 * readers can keep a writer out for ever.  glibc's default (PREFER_READER)
 * chooses the same.
 *
 * Taking it.  A reader adds 1 to the word with one fetch-and-add.  If the
 * old word had no WRITER, the reader holds the lock.  If it had, the
 * reader is now queued: the writer's unlock turns the word into just the
 * count, in one atomic AND, and from that moment every reader counted
 * holds the lock; no writer can come in between, since a writer takes
 * only a word with no WRITER and a count of 0.  So a queued reader needs
 * nothing but to see WRITER gone.  A reader that gives up (EDEADLK, a
 * deadline) takes its 1 back with a compare-and-swap that succeeds only
 * while WRITER is still set; if WRITER is gone, the lock is its own.
 * A writer takes the word with a compare-and-swap from "no WRITER, count
 * 0" to WRITER.  Both spin a little, reading only, before they sleep.
 *
 * Giving it back: the writer's unlock, and the last reader's, are each
 * one atomic operation on the word (a release); other readers just
 * subtract their 1.  A release wakes every sleeper on the word if the old
 * word had WSLEEP or RSLEEP, and clears both (the last reader's
 * fetch-and-subtract, in a race, keeps WSLEEP: at worst one wake too
 * many).  A writer's take may clear WSLEEP too.
 *
 * Why no wake-up is lost:
 *   - A thread sleeps only through FUTEX_WAIT(__state, v), where v is a
 *     word it saw held, with its own SLEEP bit set (by its own
 *     compare-and-swap, or already there); the kernel checks that the
 *     word is still v and queues the sleeper under the lock FUTEX_WAKE
 *     takes.
 *   - If that check comes before the next release: between the check and
 *     the release the word stays held (only a release frees it), and only
 *     a release or a take of a free word clears a SLEEP bit; so the
 *     release finds the bit, and its wake comes after the sleeper queued.
 *   - If the check comes after a release, the word is v again only if it
 *     is held with the bit set once more: the next release finds the bit,
 *     as above.  (A queued reader is counted, so it holds the lock once
 *     WRITER is gone: no writer can come back, and its v never returns.)
 *   - Woken threads look at the word again and set their bits again
 *     before sleeping again.
 *
 * The unlocker touches the lock only up to its atomic operation: a thread
 * that gets the lock right after may unlock it, destroy it and free its
 * memory; the futex wake that follows needs nothing but the address.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

#define WRITER  INT_MIN
#define WSLEEP  0x40000000
#define RSLEEP  0x20000000
#define COUNT   0x1fffffff
/* Past this many readers: EAGAIN.  Below the field's top, so that every
 * thread may add its 1 before it looks (and takes it back). */
#define MAX_READERS 0x10000000
/* Looks at the word before sleeping: the holder's critical section is
 * often over before a system call would even have started. */
#define SPINS 100

static int my_tid(void)
{
	return __thread_tid(__self());
}

/* A queued reader gives up with err, unless the writer has gone: then it
 * holds the lock, and says 0. */
static int withdraw(pthread_rwlock_t *rw, int err)
{
	int s = __atomic_load_n(&rw->__state, __ATOMIC_ACQUIRE);

	do {
		if (!(s & WRITER))
			return 0;
	} while (!__atomic_compare_exchange_n(&rw->__state, &s, s - 1, 0,
	                                      __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE));
	return err;
}

/* The slow path of a reader whose fetch-and-add returned old: too many
 * readers, or a writer holds the lock and the reader is queued. */
static int rdlock_wait(pthread_rwlock_t *rw, int old, clockid_t clock, const struct timespec *at)
{
	int s, r;

	if ((old & COUNT) >= MAX_READERS) {
		/* a holder or a queued reader among MAX_READERS others: never
		 * the last one out, so a plain subtraction does */
		__atomic_fetch_sub(&rw->__state, 1, __ATOMIC_RELAXED);
		return EAGAIN;
	}
	/* glibc's order: the deadline, then the owner */
	if (__deadline_invalid(at))
		return withdraw(rw, EINVAL);
	if (__atomic_load_n(&rw->__writer, __ATOMIC_RELAXED) == my_tid())
		return withdraw(rw, EDEADLK);
	for (int i = 0; i < SPINS; i++)
		if (!(__atomic_load_n(&rw->__state, __ATOMIC_ACQUIRE) & WRITER))
			return 0;
	for (;;) {
		s = __atomic_load_n(&rw->__state, __ATOMIC_ACQUIRE);
		if (!(s & WRITER))
			return 0;                /* counted: ours */
		if (at && at->tv_sec < 0)
			return withdraw(rw, ETIMEDOUT);  /* before 1970: long past */
		if (!(s & RSLEEP) && !__atomic_compare_exchange_n(&rw->__state, &s, s | RSLEEP, 0,
		                                                   __ATOMIC_RELAXED, __ATOMIC_RELAXED))
			continue;
		/* returns at once unless the word is still s | RSLEEP */
		r = __futex_wait_until(&rw->__state, s | RSLEEP, clock, at, !rw->__pshared);
		if (r == -ETIMEDOUT)
			return withdraw(rw, ETIMEDOUT);
	}
}

static int rdlock(pthread_rwlock_t *rw, clockid_t clock, const struct timespec *at)
{
	int old = __atomic_fetch_add(&rw->__state, 1, __ATOMIC_ACQUIRE);

	/* no WRITER (the sign bit) and room for one more: held */
	if ((unsigned)(old & (WRITER | COUNT)) < MAX_READERS)
		return 0;
	return rdlock_wait(rw, old, clock, at);
}

static int wrlock_wait(pthread_rwlock_t *rw, int s, clockid_t clock, const struct timespec *at,
                       int try)
{
	int me = my_tid(), checked = 0, spins = SPINS, r;

	for (;;) {
		if (!(s & (WRITER | COUNT))) {
			/* free (maybe with WSLEEP: see the top) */
			if (__atomic_compare_exchange_n(&rw->__state, &s, WRITER, 0,
			                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
				__atomic_store_n(&rw->__writer, me, __ATOMIC_RELAXED);
				return 0;
			}
			continue;                /* s holds the new word */
		}
		if (try)
			return EBUSY;
		if (!checked) {
			/* glibc's order: the deadline, then the owner */
			if (__deadline_invalid(at))
				return EINVAL;
			if ((s & WRITER) && __atomic_load_n(&rw->__writer, __ATOMIC_RELAXED) == me)
				return EDEADLK;
			checked = 1;
		}
		if (spins) {
			spins--;
		} else {
			if (at && at->tv_sec < 0)
				return ETIMEDOUT;        /* before 1970: long past */
			if (!(s & WSLEEP) && !__atomic_compare_exchange_n(&rw->__state, &s, s | WSLEEP, 0,
			                                                   __ATOMIC_RELAXED, __ATOMIC_RELAXED))
				continue;
			/* returns at once unless the word is still s | WSLEEP */
			r = __futex_wait_until(&rw->__state, s | WSLEEP, clock, at, !rw->__pshared);
			if (r == -ETIMEDOUT)
				return ETIMEDOUT;
		}
		s = __atomic_load_n(&rw->__state, __ATOMIC_RELAXED);
	}
}

static int wrlock(pthread_rwlock_t *rw, clockid_t clock, const struct timespec *at, int try)
{
	int s = 0;

	if (__atomic_compare_exchange_n(&rw->__state, &s, WRITER, 0,
	                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		__atomic_store_n(&rw->__writer, my_tid(), __ATOMIC_RELAXED);
		return 0;
	}
	return wrlock_wait(rw, s, clock, at, try);
}

weak int pthread_rwlock_rdlock(pthread_rwlock_t *rw)     { return rdlock(rw, CLOCK_REALTIME, 0); }
weak int pthread_rwlock_wrlock(pthread_rwlock_t *rw)     { return wrlock(rw, CLOCK_REALTIME, 0, 0); }
weak int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)  { return wrlock(rw, CLOCK_REALTIME, 0, 1); }

/* Never queues (so nothing to take back): a compare-and-swap.  Held for
 * writing, by anybody: EBUSY, as glibc. */
weak int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)
{
	int s = __atomic_load_n(&rw->__state, __ATOMIC_RELAXED);

	do {
		if (s & WRITER)
			return EBUSY;
		if ((s & COUNT) >= MAX_READERS)
			return EAGAIN;
	} while (!__atomic_compare_exchange_n(&rw->__state, &s, s + 1, 0,
	                                      __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
	return 0;
}

weak int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict at)
{
	return rdlock(rw, CLOCK_REALTIME, at);
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
	return rdlock(rw, clock, at);
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
	int s, old, priv = !rw->__pshared;

	s = __atomic_load_n(&rw->__state, __ATOMIC_RELAXED);
	if (s & WRITER) {
		/* No reader holds it now (a writer came in at count 0, and
		 * readers counted since are queued): the caller must be the
		 * writer. */
		if (__atomic_load_n(&rw->__writer, __ATOMIC_RELAXED) != my_tid())
			return EPERM;
		__atomic_store_n(&rw->__writer, 0, __ATOMIC_RELAXED);
		/* the queued readers hold it from here; both bits cleared */
		old = __atomic_fetch_and(&rw->__state, COUNT, __ATOMIC_RELEASE);
		if (old & (WSLEEP | RSLEEP))
			__futex_wake(&rw->__state, INT_MAX, priv);
		return 0;
	}
	/* A reader.  (A failed compare-and-swap leaves the word in s.) */
	for (;;) {
		if (!(s & COUNT))
			return EPERM;                /* nobody holds it */
		if ((s & COUNT) > 1) {
			/* others hold it too, most likely still when this lands */
			old = __atomic_fetch_sub(&rw->__state, 1, __ATOMIC_RELEASE);
			if ((old & COUNT) == 1 && (old & WSLEEP))
				__futex_wake(&rw->__state, INT_MAX, priv);
			return 0;
		}
		/* the last reader: free, and WSLEEP cleared */
		if (__atomic_compare_exchange_n(&rw->__state, &s, 0, 0,
		                                __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
			if (s & WSLEEP)
				__futex_wake(&rw->__state, INT_MAX, priv);
			return 0;
		}
	}
}

weak int pthread_rwlock_init(pthread_rwlock_t *restrict rw, const pthread_rwlockattr_t *restrict a)
{
	*rw = (pthread_rwlock_t)PTHREAD_RWLOCK_INITIALIZER;
	if (a) {
		rw->__pshared = a->__pshared;
		rw->__kind = a->__kind;
	}
	return 0;
}

weak int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
	(void)rw;
	return 0;
}
