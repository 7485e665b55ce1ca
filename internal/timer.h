/* POSIX timers and timerfds, for taskrt's own sources.
 *
 * The kernel's struct itimerspec (__kernel_itimerspec) is two pairs of
 * 64-bit fields on every arch once 32-bit arches use the *_time64 calls;
 * taskrt's has a long tv_nsec, so every call converts. */
#ifndef _TASKRT_INTERNAL_TIMER_H
#define _TASKRT_INTERNAL_TIMER_H

#include <pthread.h>
#include <signal.h>
#include <time.h>
#include "internal/defs.h"

struct kernel_itimerspec { struct { long long sec, nsec; } interval, value; };

static inline void __itimerspec_from_kernel(struct itimerspec *u, const struct kernel_itimerspec *k)
{
	u->it_interval = (struct timespec){ k->interval.sec, k->interval.nsec };
	u->it_value = (struct timespec){ k->value.sec, k->value.nsec };
}

/* A SIGEV_THREAD timer (libc/time/timer_thread.c): the kernel's timer
 * signals SIGTIMER to one helper thread of its own, which runs the
 * notify function each time, until timer_delete sets `stop`.  The helper
 * frees this record when it exits. */
struct timer_thread {
	int id;                        /* the kernel's timer id */
	volatile int stop;             /* timer_delete has run */
	pthread_t thread;
	void (*function)(union sigval);
	union sigval value;
};

/* The handle timer_create returns for t (syscall/timer.c). */
hidden timer_t __timer_handle(struct timer_thread *t);
hidden int __timer_settime_id(int id, int flags, const struct itimerspec *restrict value,
                              struct itimerspec *restrict old);
hidden int __timer_create_thread(clockid_t clock, const struct sigevent *event, timer_t *timer);
hidden int __timer_delete_thread(struct timer_thread *t);

#endif
