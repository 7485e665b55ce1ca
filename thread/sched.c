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
 * creator's, as every Linux thread does.  The CPU set of
 * pthread_attr_setaffinity_np is applied the same way, at the same gate
 * (and so lives here: a program that sets one links the gate).
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include "internal/futex.h"
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

/* PTHREAD_EXPLICIT_SCHED: the new thread must not run the program's code
 * under the creator's policy, nor at all if its own cannot be set.  So the
 * creator sets it (sched_setscheduler on the new tid) while the thread
 * waits at a gate in its TCB:
 *
 *   CLOSED    as created; the thread moves it to WAITING and sleeps,
 *   OPEN      the creator set the policy: go on (waking a WAITING thread),
 *   REFUSED   it could not: exit at once, without touching the stack or
 *             anything else; the creator waits for the kernel's clear of
 *             the tid, frees the mapping itself and returns the error.
 *
 * The creator opens the gate with one exchange, which also tells it
 * whether the thread already sleeps and needs a wake.  The thread waits
 * with the creator's signals still blocked (when pthread_create blocked
 * them), so the wait ends only through that wake. */
void __sched_gate_wait(struct pthread *self)
{
	int gate = GATE_CLOSED;

	if (__atomic_compare_exchange_n(&self->start_gate, &gate, GATE_WAITING, 0,
	                                __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		while ((gate = __atomic_load_n(&self->start_gate, __ATOMIC_ACQUIRE)) == GATE_WAITING)
			__futex_wait(&self->start_gate, GATE_WAITING, 0, 1);
	if (gate == GATE_REFUSED)
		for (;;)
			__syscall(SYS_exit, 0);
}

/* The creator's side, once clone returned tid: set the policy, then open
 * or refuse the gate.  On refusal it waits until the kernel clears the
 * tid (the thread is gone) and returns the error for pthread_create to
 * free the mapping and report. */
int __sched_gate_open(struct pthread *new, int tid, const pthread_attr_t *attr)
{
	struct sched_param param = { .sched_priority = attr->__priority };
	int err = 0, t;

	if (attr->__inherit == PTHREAD_EXPLICIT_SCHED)
		err = -__syscall(SYS_sched_setscheduler, tid, attr->__policy, &param);
	if (!err && attr->__cpusetsize)
		err = -__syscall(SYS_sched_setaffinity, tid, attr->__cpusetsize, attr->__cpuset);
	if (__atomic_exchange_n(&new->start_gate, err ? GATE_REFUSED : GATE_OPEN,
	                        __ATOMIC_ACQ_REL) == GATE_WAITING)
		__futex_wake(&new->start_gate, 1, 1);
	if (err) {
		/* The kernel's wake on the tid is a shared one (join.c). */
		while ((t = new->tid) != 0)
			__futex_wait(&new->tid, t, 0, 0);
	}
	return err;
}

/* The CPU set a thread is created with, copied (glibc copies too, and
 * so may fail with ENOMEM); NULL or size 0 forgets it.  The kernel judges
 * the set at pthread_create. */
keep_loops weak int pthread_attr_setaffinity_np(pthread_attr_t *attr, size_t size, const cpu_set_t *set)
{
	const unsigned char *from = (const void *)set;
	unsigned char *to = 0;
	size_t i;

	if (set && size) {
		if (!(to = malloc(size)))
			return ENOMEM;
		for (i = 0; i < size; i++)
			to[i] = from[i];
	} else {
		size = 0;
	}
	free(attr->__cpuset);
	attr->__cpuset = to;
	attr->__cpusetsize = size;
	return 0;
}

/* pthread_attr_destroy's part: only a program that can set a CPU set
 * links this (and malloc's free); the rest get attr.c's no-op. */
void __attr_cpuset_free(pthread_attr_t *attr)
{
	free(attr->__cpuset);
	attr->__cpuset = 0;
	attr->__cpusetsize = 0;
}

/* As glibc: the attribute's set, zero-filled to size (EINVAL when size
 * cannot hold a CPU it names), or every CPU when it has none. */
keep_loops weak int pthread_attr_getaffinity_np(const pthread_attr_t *attr, size_t size, cpu_set_t *set)
{
	const unsigned char *from = (const void *)attr->__cpuset;
	unsigned char *to = (void *)set;
	size_t i;

	for (i = size; i < attr->__cpusetsize; i++)
		if (from[i])
			return EINVAL;
	for (i = 0; i < size; i++)
		to[i] = !attr->__cpusetsize ? 0xff : i < attr->__cpusetsize ? from[i] : 0;
	return 0;
}
