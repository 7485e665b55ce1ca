/* Processes: fork, the wait family, execve. */
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/defs.h"
#include "internal/pthread.h"
#include "internal/lock.h"
#include "internal/rusage.h"

/* fork's hooks, no-ops unless the program links the module that defines
 * one (internal/lock.h says what they do). */
static void fork_none(int when) { (void)when; }
weak_alias(fork_none, __atfork_run);
weak_alias(fork_none, __atexit_fork);
weak_alias(fork_none, __key_fork);
weak_alias(fork_none, __stack_fork);
weak_alias(fork_none, __malloc_fork);
weak_alias(fork_none, __stdio_fork);

/* Where there is no fork system call (aarch64, riscv64), fork is a clone
 * that shares nothing and signals SIGCHLD; every other clone argument is 0,
 * so no arch's argument order matters.
 *
 * The child is a process of one thread, whatever the parent had: it learns
 * its own tid (mutex owners are tids) and that it is alone.  Around the
 * system call: the program's prepare handlers, then every internal lock,
 * so that no other thread holds one at the moment of the copy; after it,
 * the locks are given back (parent) or reset (child), then the parent or
 * child handlers run (thread/atfork.c has the order). */
pid_t __fork(void)
{
	long r;
	int when;

	/* Every internal lock, in an order that nests the way the library
	 * nests them: malloc's last, since code holding another lock may
	 * allocate (open_memstream grows under its stream's lock).  The
	 * hooks are called from here directly, not through a helper: gcc 12
	 * at -Os deletes the calls to a static helper whose only calls are
	 * to these weak no-ops, as if nothing could replace them. */
	__atfork_run(FORK_PREPARE);
	__atexit_fork(FORK_PREPARE);
	__key_fork(FORK_PREPARE);
	__stack_fork(FORK_PREPARE);
	__stdio_fork(FORK_PREPARE);
	__malloc_fork(FORK_PREPARE);
#ifdef SYS_fork
	r = __syscall(SYS_fork);
#else
	r = __syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
#endif
	if (r == 0) {
		/* its tid, and the kernel clears it when this thread ends,
		 * as for every thread taskrt knows */
		__self()->tid = __syscall(SYS_set_tid_address, &__self()->tid);
		__threads_besides_one = 0;
		/* a parent thread that held our tid is not in the child */
		__self()->tid_users = 0;
	}
	when = r == 0 ? FORK_CHILD : FORK_PARENT;
	__atexit_fork(when);
	__key_fork(when);
	__stack_fork(when);
	__stdio_fork(when);
	__malloc_fork(when);
	__atfork_run(when);
	return __syscall_ret(r);
}
weak_alias(__fork, fork);

/* The kernel fills the usage only for a reaped child (r > 0), in its own
 * layout (internal/rusage.h). */
pid_t __wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	kernel_rusage k;
	long r = __syscall_cp(SYS_wait4, pid, status, options, usage ? &k : 0);

	if (r > 0 && usage)
		rusage_from_kernel(usage, &k);
	return __syscall_ret(r);
}
weak_alias(__wait4, wait4);

pid_t __waitpid(pid_t pid, int *status, int options)
{
	return __wait4(pid, status, options, 0);
}
weak_alias(__waitpid, waitpid);

weak pid_t wait3(int *status, int options, struct rusage *usage)
{
	return __wait4(-1, status, options, usage);
}

weak pid_t wait(int *status)
{
	return __wait4(-1, status, 0, 0);
}

weak int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
	return syscall_cp_errno(SYS_waitid, type, id, info, options, 0);
}

int __execve(const char *path, char *const argv[], char *const envp[])
{
	return syscall_errno(SYS_execve, path, argv, envp);
}
weak_alias(__execve, execve);
