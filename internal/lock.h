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
/* After a failed __lock_try: sleep (no spin: thread/lock.c) until the lock is
 * ours.  priv: a private futex (0 for a word in memory shared between
 * processes); at: an absolute deadline on clock (CLOCK_REALTIME or
 * CLOCK_MONOTONIC), or 0 for none.
 * Returns 0 (locked), ETIMEDOUT, or EINVAL for a malformed deadline (which
 * is looked at only once the caller would sleep, as POSIX asks). */
hidden int __lock_wait(volatile int *l, int priv, clockid_t clock, const struct timespec *at);
/* Unlock; wakes one sleeper if the word said there may be one.  Not a
 * byte at l is read after the unlocking exchange: the next owner may
 * already have unlocked and freed it (the wake needs only the address). */
hidden void __lock_release(volatile int *l, int priv);

/* fork() and the internal locks.  The child of a threaded process has one
 * thread, the one that called fork; a lock another thread held at that
 * moment would stay held in the child for ever.  So fork takes every
 * internal lock first, and after the fork the parent unlocks them, while
 * the child, whose only thread holds them all and where nobody can be
 * asleep on them, simply stores 0.  Each module that has a lock defines
 * a hook that does this for all of its locks (syscall/process.c calls
 * them; they are weak there, so that a program links only the modules it
 * uses). */
enum { FORK_PREPARE, FORK_PARENT, FORK_CHILD };

static inline void __lock_fork(volatile int *l, int when)
{
	if (when == FORK_PREPARE)
		__lock(l);
	else if (when == FORK_PARENT)
		__unlock(l);
	else
		*l = 0;
}

hidden void __atfork_run(int when);        /* pthread_atfork's handlers (thread/atfork.c) */
hidden void __atexit_fork(int when);       /* crt/atexit.c */
hidden void __key_fork(int when);          /* thread/key.c */
hidden void __stack_fork(int when);        /* thread/stack.c */
hidden void __malloc_fork(int when);       /* libc/malloc/malloc.c */
hidden void __stdio_fork(int when);        /* libc/stdio/lockfile.c */


#endif
