/* <semaphore.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SEMAPHORE_H
#define _TASKRT_WRAP_SEMAPHORE_H

#include_next <semaphore.h>
#include "internal/defs.h"

hidden int __sem_clockwait(sem_t *restrict sem, clockid_t clock, const struct timespec *restrict abstime);

#endif
