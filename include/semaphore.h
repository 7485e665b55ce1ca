/* Unnamed POSIX semaphores (sem_open and friends are not provided).
 * Unlike pthread_*, these functions return -1 and set errno. */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <bits/types.h>
#include <time.h>

typedef struct {
	volatile int __value;      /* tokens; -1: none, and sleepers may exist */
	volatile int __waiters;    /* threads in the slow path of a wait */
	int __pshared;
} sem_t;

#ifndef SEM_VALUE_MAX
#define SEM_VALUE_MAX 0x7fffffff
#endif

int sem_init(sem_t *sem, int pshared, unsigned value);
int sem_destroy(sem_t *sem);
int sem_wait(sem_t *sem);
int sem_trywait(sem_t *sem);
int sem_timedwait(sem_t *restrict sem, const struct timespec *restrict abstime);
/* glibc 2.30: the deadline on CLOCK_REALTIME or CLOCK_MONOTONIC. */
int sem_clockwait(sem_t *restrict sem, clockid_t clock, const struct timespec *restrict abstime);
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *restrict sem, int *restrict value);

#endif
