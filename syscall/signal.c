/* Signals: the system calls behind signal.h.
 *
 * The kernel's signal set is KERNEL_SIGSET_SIZE bytes (internal/signal.h);
 * taskrt's sigset_t is larger (1024 bits, as in glibc), and only its first
 * KERNEL_SIGSET_SIZE bytes go to the kernel.  struct kernel_sigaction is
 * arch/<arch>/ksigaction.h's, or the common layout of arch/generic/.
 */
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <arch/arch.h>
#include <arch/ksigaction.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include "internal/defs.h"

int __sigaction_raw(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	struct kernel_sigaction k = { 0 }, kold;
	long r;

	if (act) {
		if (act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN)
			__atomic_store_n(&__signal_handlers_installed, 1, __ATOMIC_SEQ_CST);
		k.handler = act->sa_handler;
		k.flags = act->sa_flags;
#ifdef ARCH_SIGNAL_RESTORER
		/* The handler returns into this trampoline, which asks the
		 * kernel to restore the interrupted context. */
		k.flags |= SA_RESTORER;
		k.restorer = ARCH_SIGNAL_RESTORER(act->sa_flags);
#elif defined(SA_RESTORER)
		k.restorer = 0;
#endif
		__builtin_memcpy(k.mask, &act->sa_mask, KERNEL_SIGSET_SIZE);
	}
	r = __syscall(SYS_rt_sigaction, sig, act ? &k : 0, old ? &kold : 0, KERNEL_SIGSET_SIZE);
	if (r == 0 && old) {
		*old = (struct sigaction){ 0 };
		old->sa_handler = kold.handler;
		old->sa_flags = kold.flags;
#ifdef SA_RESTORER
		old->sa_restorer = kold.restorer;
#endif
		__builtin_memcpy(&old->sa_mask, kold.mask, KERNEL_SIGSET_SIZE);
	}
	return __syscall_ret(r);
}

/* SIGCANCEL is taskrt's (thread/cancel.c): EINVAL, as glibc answers;
 * so is a signal past NSIG - 1 that the kernel would take (128 on MIPS,
 * which no wait status can report). */
int __sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	if (sig == SIGCANCEL || sig >= NSIG) {
		errno = EINVAL;
		return -1;
	}
	return __sigaction_raw(sig, act, old);
}
weak_alias(__sigaction, sigaction);

/* A set the program gives is copied without SIGCANCEL, as glibc does: a
 * thread that blocked it could not be woken by a cancel. */
int __sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	kernel_sigset_t k;

	if (set) {
		__builtin_memcpy(&k, set, sizeof k);
		KERNEL_SIGSET_DEL_CANCEL(&k);
	}
	return syscall_errno(SYS_rt_sigprocmask, how, set ? &k : 0, old, KERNEL_SIGSET_SIZE);
}
weak_alias(__sigprocmask, sigprocmask);

weak int sigpending(sigset_t *set)
{
	return syscall_errno(SYS_rt_sigpending, set, KERNEL_SIGSET_SIZE);
}

weak int sigsuspend(const sigset_t *mask)
{
	return syscall_cp_errno(SYS_rt_sigsuspend, mask, KERNEL_SIGSET_SIZE);
}

weak int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	return syscall_errno(SYS_sigaltstack, ss, old);
}

weak int kill(pid_t pid, int sig)
{
	return syscall_errno(SYS_kill, pid, sig);
}

/* A negative group would turn into a positive pid: EINVAL, as in glibc. */
weak int killpg(pid_t group, int sig)
{
	if (group < 0) {
		errno = EINVAL;
		return -1;
	}
	return syscall_errno(SYS_kill, -group, sig);
}

/* To this very thread, as POSIX says raise() does with threads. */
int raise(int sig)
{
	return syscall_errno(SYS_tgkill, __syscall(SYS_getpid), __syscall(SYS_gettid), sig);
}
