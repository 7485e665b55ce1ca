/* Processes: fork, the wait family, execve, sched_yield. */
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/pthread.h"
#include "internal/defs.h"

/* Where there is no fork system call (aarch64, riscv64), fork is a clone
 * that shares nothing and signals SIGCHLD; every other clone argument is 0,
 * so no arch's argument order matters.
 *
 * The child is a process of one thread, whatever the parent had: it learns
 * its own tid (mutex owners are tids) and that it is alone. */
weak pid_t fork(void)
{
#ifdef SYS_fork
	long r = __syscall(SYS_fork);
#else
	long r = __syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
#endif
	if (r == 0) {
		/* its tid, and the kernel clears it when this thread ends,
		 * as for every thread taskrt knows */
		__self()->tid = __syscall(SYS_set_tid_address, &__self()->tid);
		__threads_besides_one = 0;
	}
	return __syscall_ret(r);
}

pid_t __wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	return syscall_errno(SYS_wait4, pid, status, options, usage);
}
weak_alias(__wait4, wait4);

pid_t __waitpid(pid_t pid, int *status, int options)
{
	return __wait4(pid, status, options, 0);
}
weak_alias(__waitpid, waitpid);

weak pid_t wait(int *status)
{
	return __wait4(-1, status, 0, 0);
}

weak int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
	return syscall_errno(SYS_waitid, type, id, info, options, 0);
}

int __execve(const char *path, char *const argv[], char *const envp[])
{
	return syscall_errno(SYS_execve, path, argv, envp);
}
weak_alias(__execve, execve);

int __sched_yield(void)
{
	return syscall_errno(SYS_sched_yield);
}
weak_alias(__sched_yield, sched_yield);
