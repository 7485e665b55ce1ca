/* CPU affinity and the current CPU.
 *
 * The kernel's sched_getaffinity writes as many bytes as it has CPUs
 * (rounded up to a long) and returns that count; the rest of the
 * caller's set is left alone, so we clear it, as glibc does.  A size
 * the kernel cannot use (smaller than its CPU count, not a multiple of
 * a long) is its EINVAL. */
#include <limits.h>
#include <sched.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set)
{
	return syscall_errno(SYS_sched_setaffinity, pid, size, set);
}

weak int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
{
	long r = __syscall(SYS_sched_getaffinity, pid, size > INT_MAX ? INT_MAX : size, set);

	if (r < 0)
		return __syscall_ret(r);
	for (size_t i = r; i < size; i++)
		((char *)set)[i] = 0;
	return 0;
}

/* getcpu(&cpu, &node, 0).  (The vDSO's faster getcpu is not used.) */
weak int sched_getcpu(void)
{
	unsigned cpu;
	long r = __syscall(SYS_getcpu, &cpu, 0, 0);

	return r < 0 ? __syscall_ret(r) : (int)cpu;
}
