/* The kernel's CPU-time clock ids (kernel/time/posix-cpu-timers.c; the
 * encoding is in include/linux/posix-timers_types.h, not in the uapi
 * headers, so it is spelt out here):
 *
 *   bits 31..3  ~pid (a process) or ~tid (a thread)
 *   bit  2      1: a thread's clock (CPUCLOCK_PERTHREAD_MASK)
 *   bits 1..0   2: CPUCLOCK_SCHED, the scheduler's exact runtime
 *               (0 PROF and 1 VIRT are the itimers' clocks)
 *
 * A negative clockid_t is one of these; clock_gettime on an id whose
 * process or thread is gone says EINVAL. */
#ifndef _TASKRT_INTERNAL_CPUCLOCK_H
#define _TASKRT_INTERNAL_CPUCLOCK_H

#include <time.h>

#define CPUCLOCK_SCHED      2
#define CPUCLOCK_PERTHREAD  4

static inline clockid_t __process_cpuclock(int pid)
{
	return (clockid_t)((unsigned)~pid << 3 | CPUCLOCK_SCHED);
}

static inline clockid_t __thread_cpuclock(int tid)
{
	return (clockid_t)((unsigned)~tid << 3 | CPUCLOCK_PERTHREAD | CPUCLOCK_SCHED);
}

#endif
