/* taskrt's futex lock: one three-state word (see thread/lock.c for why it
 * loses no wake-up).
 *
 *   0  free
 *   1  locked, nobody waiting
 *   2  locked, and someone may be asleep waiting for it
 *
 * Two users, one primitive:
 *   - the internal lock, for taskrt's own shared state (malloc's free
 *     lists, the atexit list, ...):
 *         static volatile int lock;     zero-initialised: unlocked
 *         __lock(&lock);  ...critical section...  __unlock(&lock);
 *   - pthread_mutex_t's lock word (thread/mutex.c), which adds a deadline
 *     and process-shared futexes through __lock_wait/__lock_release.
 * Neither is recursive: a thread that takes a lock it holds waits for ever.
 */
#ifndef _TASKRT_INTERNAL_LOCK_H
#define _TASKRT_INTERNAL_LOCK_H

#include <time.h>
#include "defs.h"

/* The whole lock, for internal state: private futexes, no deadline. */
hidden void __lock(volatile int *l);
hidden void __unlock(volatile int *l);

/* 0 -> 1 in one compare-and-swap: the uncontended case, no system call.
 * ACQUIRE: nothing of the critical section moves before it. */
static inline int __lock_try(volatile int *l)
{
	int c = 0;

	return __atomic_compare_exchange_n(l, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
/* After a failed __lock_try: spin a little, then sleep until the lock is
 * ours.  priv: a private futex (0 for a word in memory shared between
 * processes); at: an absolute CLOCK_REALTIME deadline, or 0 for none.
 * Returns 0 (locked), ETIMEDOUT, or EINVAL for a malformed deadline (which
 * is looked at only once the caller would sleep, as POSIX asks). */
hidden int __lock_wait(volatile int *l, int priv, const struct timespec *at);
/* Unlock; wakes one sleeper if the word said there may be one.  Not a
 * byte at l is read after the unlocking exchange: the next owner may
 * already have unlocked and freed it (the wake needs only the address). */
hidden void __lock_release(volatile int *l, int priv);

#endif
