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
#ifndef _TASKRT_INTERNAL_LOCK_H
#define _TASKRT_INTERNAL_LOCK_H

#include "defs.h"
hidden void __lock(volatile int *l);
hidden void __unlock(volatile int *l);

#endif
