/* The scheduler's system calls: yield, and the policy and priority of a
 * thread by id (pid 0 is the calling thread).  -1 and errno.  The pthread
 * forms, on a pthread_t, are in thread/sched.c. */
#include <sched.h>
#include "internal/syscall.h"
#include "internal/defs.h"

int __sched_yield(void)
{
	return syscall_errno(SYS_sched_yield);
}
weak_alias(__sched_yield, sched_yield);

/* The plain sched_* calls: pid 0 is the calling thread.  -1 and errno. */
weak int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param)
{
	return syscall_errno(SYS_sched_setscheduler, pid, policy, param);
}

weak int sched_getscheduler(pid_t pid)
{
	return syscall_errno(SYS_sched_getscheduler, pid);
}

weak int sched_setparam(pid_t pid, const struct sched_param *param)
{
	return syscall_errno(SYS_sched_setparam, pid, param);
}

weak int sched_getparam(pid_t pid, struct sched_param *param)
{
	return syscall_errno(SYS_sched_getparam, pid, param);
}

/* 0..0 for SCHED_OTHER, SCHED_BATCH and SCHED_IDLE, 1..99 for the
 * real-time policies: the kernel knows, so ask it. */
weak int sched_get_priority_min(int policy)
{
	return syscall_errno(SYS_sched_get_priority_min, policy);
}

weak int sched_get_priority_max(int policy)
{
	return syscall_errno(SYS_sched_get_priority_max, policy);
}
