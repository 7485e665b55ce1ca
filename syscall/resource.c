/* Resource limits, usage and priorities. */
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>
#include "internal/rusage.h"
#include "internal/syscall.h"
#include "internal/defs.h"

/* struct rlimit is the kernel's rlimit64 on every arch. */
weak int prlimit(pid_t pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit)
{
	return syscall_errno(SYS_prlimit64, pid, resource, new_limit, old_limit);
}

weak int getrlimit(int resource, struct rlimit *rl)
{
	return syscall_errno(SYS_prlimit64, 0, resource, 0, rl);
}

weak int setrlimit(int resource, const struct rlimit *rl)
{
	return syscall_errno(SYS_prlimit64, 0, resource, rl, 0);
}

weak int getrusage(int who, struct rusage *usage)
{
	kernel_rusage k;
	long r = __syscall(SYS_getrusage, who, &k);

	if (r < 0)
		return __syscall_ret(r);
	rusage_from_kernel(usage, &k);
	return 0;
}

/* The kernel answers 20 - nice (1..40), so that no success looks like an
 * error; POSIX's answer is the nice value itself (-20..19). */
weak int getpriority(int which, id_t who)
{
	long r = __syscall(SYS_getpriority, which, who);

	if (r < 0)
		return __syscall_ret(r);
	return 20 - r;
}

weak int setpriority(int which, id_t who, int priority)
{
	return syscall_errno(SYS_setpriority, which, who, priority);
}

/* nice: add to the nice value and answer the new one.  -1 is a valid
 * answer, so a caller tells errors by errno, as POSIX says; raising the
 * priority without the right is EPERM there (the kernel says EACCES). */
weak int nice(int increment)
{
	long r = __syscall(SYS_getpriority, PRIO_PROCESS, 0);
	int value;

	if (r < 0)
		return __syscall_ret(r);
	/* Clamp before adding, so that a huge increment cannot overflow. */
	if (increment > 40)
		increment = 40;
	if (increment < -40)
		increment = -40;
	value = 20 - (int)r + increment;
	r = __syscall(SYS_setpriority, PRIO_PROCESS, 0, value);
	if (r == -EACCES)
		r = -EPERM;
	if (r < 0)
		return __syscall_ret(r);
	r = __syscall(SYS_getpriority, PRIO_PROCESS, 0);
	return r < 0 ? __syscall_ret(r) : 20 - (int)r;
}
