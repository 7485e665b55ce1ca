/* Signals and threads: send a signal to one thread, set one thread's mask.
 *
 * Both return the error number, never -1 with errno, as POSIX says the
 * pthread_* functions do.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include "internal/pthread.h"
#include "internal/defs.h"

/* tgkill names the process too, so a tid that the kernel has already
 * given to a thread of another process can never be hit.  Signal 0 sends
 * nothing: it only asks whether the thread is there.
 *
 * A thread that has exited but is not joined yet still has its struct
 * pthread, whose tid the kernel zeroed: ESRCH.  (After a detached thread
 * exits, its pthread_t means nothing at all: don't use it.) */
weak int pthread_kill(pthread_t t, int sig)
{
	int tid;

	if ((unsigned)sig >= NSIG)
		return EINVAL;
	tid = __thread_tid(t);
	if (!tid)
		return ESRCH;
	return -__syscall(SYS_tgkill, __syscall(SYS_getpid), tid, sig);
}

/* The kernel's rt_sigprocmask already acts on the calling thread alone;
 * it reads and writes the first KERNEL_SIGSET_SIZE bytes of a sigset_t. */
weak int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return -__syscall(SYS_rt_sigprocmask, how, set, old, KERNEL_SIGSET_SIZE);
}
