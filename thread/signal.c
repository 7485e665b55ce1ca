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
 * given to a thread of another process can never be hit; holding the tid
 * (thread/tid.c) keeps it from being given to another thread of ours
 * before the tgkill.  Signal 0 sends nothing: it only asks whether the
 * thread is there.
 *
 * A thread that has begun to exit, or has exited but is not joined yet,
 * is ESRCH: what glibc answers to programs linked before glibc 2.34 (its
 * GLIBC_2.0 pthread_kill); glibc 2.34's new symbol says 0 without sending
 * anything.  ESRCH keeps pthread_kill(t, 0) a probe.  (After a detached
 * thread exits, its pthread_t means nothing at all: don't use it.) */
weak int pthread_kill(pthread_t t, int sig)
{
	int tid, r = ESRCH;

	if ((unsigned)sig >= NSIG)
		return EINVAL;
	if ((tid = __thread_tid_hold(t)))
		r = -__syscall(SYS_tgkill, __syscall(SYS_getpid), tid, sig);
	__thread_tid_drop(t);
	return r;
}

/* The kernel's rt_sigprocmask already acts on the calling thread alone;
 * it reads and writes the first KERNEL_SIGSET_SIZE bytes of a sigset_t. */
weak int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	kernel_sigset_t k;

	if (set) {              /* SIGCANCEL stays unblocked (syscall/signal.c) */
		__builtin_memcpy(&k, set, sizeof k);
		KERNEL_SIGSET_DEL_CANCEL(&k);
	}
	return -__syscall(SYS_rt_sigprocmask, how, set ? &k : 0, old, KERNEL_SIGSET_SIZE);
}
