/* POSIX semaphores, unnamed (sem_init) and named (sem_open: a file of
 * /dev/shm).
 * Unlike pthread_*, these functions return -1 and set errno. */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <features.h>

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
#ifdef __TASKRT_GNU
int sem_clockwait(sem_t *restrict sem, clockid_t clock, const struct timespec *restrict abstime);
#endif
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *restrict sem, int *restrict value);

/* sem_open(name, oflag) or, with O_CREAT, sem_open(name, oflag, mode_t
 * mode, unsigned value).  "/name" and "name" are the same semaphore. */
#define SEM_FAILED ((sem_t *)0)
sem_t *sem_open(const char *name, int oflag, ...);
int sem_close(sem_t *sem);
int sem_unlink(const char *name);

#endif
