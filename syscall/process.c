/* Processes: fork, the wait family, execve, sched_yield. */
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/pthread.h"

/* Where there is no fork system call (aarch64, riscv64), fork is a clone
 * that shares nothing and signals SIGCHLD; every other clone argument is 0,
 * so no arch's argument order matters.
 *
 * The child is a process of one thread, whatever the parent had: it learns
 * its own tid (mutex owners are tids) and that it is alone. */
pid_t fork(void)
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

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	return syscall_errno(SYS_wait4, pid, status, options, usage);
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, 0);
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, 0);
}

int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
	return syscall_errno(SYS_waitid, type, id, info, options, 0);
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return syscall_errno(SYS_execve, path, argv, envp);
}

int sched_yield(void)
{
	return syscall_errno(SYS_sched_yield);
}
