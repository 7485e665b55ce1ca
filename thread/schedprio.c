/* pthread_setschedprio: a new priority, the policy unchanged
 * (sched_setparam on the held tid; thread/sched.c has the rest). */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include "internal/pthread.h"

weak int pthread_setschedprio(pthread_t t, int priority)
{
	struct sched_param p = { priority };
	int tid = __thread_tid_hold(t), r = ESRCH;

	if (tid)
		r = -__syscall(SYS_sched_setparam, tid, &p);
	__thread_tid_drop(t);
	return r;
}
