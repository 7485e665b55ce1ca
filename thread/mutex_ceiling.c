/* PTHREAD_PRIO_PROTECT: while a thread holds the mutex it runs at least at
 * the mutex's priority ceiling, so that no thread of a priority up to the
 * ceiling can preempt it inside the critical section.
 *
 * Locking raises the caller with sched_setscheduler (keeping its policy)
 * when the ceiling is above its priority, and remembers in m->__owner the
 * priority it had; unlocking puts that back.  So mutexes locked one inside
 * the other and unlocked in the reverse order restore each level; glibc
 * keeps a per-thread count of every ceiling held instead.
 *
 * As in glibc, a SCHED_OTHER thread (priority 0) cannot be raised: the
 * kernel refuses a priority for SCHED_OTHER, and the lock fails with its
 * EINVAL.  Real-time policies need privilege (EPERM). */
#include <errno.h>
#include <sched.h>
#include "internal/mutex.h"
#include "internal/syscall.h"

/* *saved: the priority the caller had before the raise, + 1; 0 when it
 * was high enough already.  (The caller stores it in the mutex once the
 * mutex is its own: until then another holder's value is there.) */
int __mutex_ceiling_raise(int ceiling, int *saved)
{
	struct sched_param p;
	int policy, r;

	*saved = 0;
	policy = __syscall(SYS_sched_getscheduler, 0);
	if (policy < 0)
		return -policy;
	if ((r = __syscall(SYS_sched_getparam, 0, &p)) < 0)
		return -r;
	if (p.sched_priority >= ceiling)
		return 0;
	r = p.sched_priority;
	p.sched_priority = ceiling;
	if ((policy = __syscall(SYS_sched_setscheduler, 0, policy, &p)) < 0)
		return -policy;
	*saved = r + 1;
	return 0;
}

void __mutex_ceiling_restore(int saved)
{
	struct sched_param p = { saved - 1 };
	int policy;

	if (!saved)
		return;
	policy = __syscall(SYS_sched_getscheduler, 0);
	if (policy >= 0)
		__syscall(SYS_sched_setscheduler, 0, policy, &p);
}
