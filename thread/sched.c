/* Scheduling: the attributes a thread may be created with, the policy and
 * priority of a running thread, and the priority range of each policy.
 *
 * Linux schedules threads, not processes, so every sched_* system call
 * takes a thread id: pthread_setschedparam is sched_setscheduler on the
 * thread's tid.  Real-time policies (SCHED_FIFO, SCHED_RR) need privilege
 * (CAP_SYS_NICE or RLIMIT_RTPRIO); without it the kernel says EPERM, and
 * so do we.
 *
 * With PTHREAD_EXPLICIT_SCHED, pthread_create applies the policy and
 * priority stored below before the new thread runs any of the program's
 * code, and fails with the kernel's EPERM or EINVAL where it cannot
 * (thread/create.c); with PTHREAD_INHERIT_SCHED the thread inherits the
 * creator's, as every Linux thread does.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include "internal/pthread.h"
#include "internal/defs.h"

weak int pthread_attr_setscope(pthread_attr_t *attr, int scope)
{
	if (scope == PTHREAD_SCOPE_PROCESS)
		return ENOTSUP;        /* every Linux thread competes system-wide */
	if (scope != PTHREAD_SCOPE_SYSTEM)
		return EINVAL;
	attr->__scope = scope;
	return 0;
}

weak int pthread_attr_getscope(const pthread_attr_t *restrict attr, int *restrict scope)
{
	*scope = attr->__scope;
	return 0;
}

weak int pthread_attr_setinheritsched(pthread_attr_t *attr, int inherit)
{
	if (inherit != PTHREAD_INHERIT_SCHED && inherit != PTHREAD_EXPLICIT_SCHED)
		return EINVAL;
	attr->__inherit = inherit;
	return 0;
}

weak int pthread_attr_getinheritsched(const pthread_attr_t *restrict attr, int *restrict inherit)
{
	*inherit = attr->__inherit;
	return 0;
}

weak int pthread_attr_setschedpolicy(pthread_attr_t *attr, int policy)
{
	if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR)
		return EINVAL;
	attr->__policy = policy;
	return 0;
}

weak int pthread_attr_getschedpolicy(const pthread_attr_t *restrict attr, int *restrict policy)
{
	*policy = attr->__policy;
	return 0;
}

weak int pthread_attr_setschedparam(pthread_attr_t *restrict attr,
                               const struct sched_param *restrict param)
{
	attr->__priority = param->sched_priority;
	return 0;
}

weak int pthread_attr_getschedparam(const pthread_attr_t *restrict attr,
                               struct sched_param *restrict param)
{
	param->sched_priority = attr->__priority;
	return 0;
}

/* Both hold the tid across their system calls (thread/tid.c): a thread
 * that is exiting is ESRCH, and its tid cannot pass to a new thread while
 * we use it. */
weak int pthread_setschedparam(pthread_t t, int policy, const struct sched_param *param)
{
	int tid = __thread_tid_hold(t), r = ESRCH;

	if (tid)
		r = -__syscall(SYS_sched_setscheduler, tid, policy, param);
	__thread_tid_drop(t);
	return r;
}

weak int pthread_getschedparam(pthread_t t, int *restrict policy, struct sched_param *restrict param)
{
	int tid = __thread_tid_hold(t);
	long r = -ESRCH;

	if (tid && (r = __syscall(SYS_sched_getscheduler, tid)) >= 0) {
		*policy = r & ~SCHED_RESET_ON_FORK;    /* a flag, not a policy */
		r = __syscall(SYS_sched_getparam, tid, param);
	}
	__thread_tid_drop(t);
	return -r;
}
