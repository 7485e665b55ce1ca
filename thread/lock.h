/* taskrt's internal lock: for its own shared state (malloc's free lists,
 * the atexit list, ...), not the public pthread_mutex_t.
 *
 *   static volatile int lock;     zero-initialised: unlocked
 *   __lock(&lock);  ...critical section...  __unlock(&lock);
 *
 * Not recursive: a thread that takes a lock it already holds waits for
 * ever.  The word means 0 = free, 1 = locked, 2 = locked and someone may be
 * asleep waiting for it (see lock.c).
 */
#ifndef _TASKRT_THREAD_LOCK_H
#define _TASKRT_THREAD_LOCK_H

void __lock(volatile int *l);
void __unlock(volatile int *l);

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

void __atfork_run(int when);        /* pthread_atfork's handlers (thread/atfork.c) */
void __atexit_fork(int when);       /* crt/atexit.c */
void __key_fork(int when);          /* thread/key.c */
void __stack_fork(int when);        /* thread/stack.c */
void __malloc_fork(int when);       /* libc/malloc/malloc.c */

#endif
