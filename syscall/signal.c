/* Signals: the system calls behind signal.h.
 *
 * The kernel's signal set is _NSIG = 64 bits; taskrt's sigset_t is larger
 * (1024 bits, as in glibc), and only its first 8 bytes go to the kernel.
 */
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <arch/arch.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#define KERNEL_SIGSET_SIZE 8

/* The kernel's struct sigaction: the restorer field exists on the arches
 * whose uapi defines SA_RESTORER (not riscv). */
struct kernel_sigaction {
	void (*handler)(int);
	unsigned long flags;
#ifdef SA_RESTORER
	void (*restorer)(void);
#endif
	unsigned mask[KERNEL_SIGSET_SIZE / sizeof(unsigned)];
	/* Spare room: qemu-riscv64 7.2 reads and writes a sa_restorer field
	 * that riscv does not have, and would spill its copy of the old
	 * action past the struct. */
	unsigned long qemu_spare;
};


int __sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
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
weak_alias(__sigaction, sigaction);

int __sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return syscall_errno(SYS_rt_sigprocmask, how, set, old, KERNEL_SIGSET_SIZE);
}
weak_alias(__sigprocmask, sigprocmask);

weak int sigpending(sigset_t *set)
{
	return syscall_errno(SYS_rt_sigpending, set, KERNEL_SIGSET_SIZE);
}

weak int sigsuspend(const sigset_t *mask)
{
	return syscall_errno(SYS_rt_sigsuspend, mask, KERNEL_SIGSET_SIZE);
}

weak int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	return syscall_errno(SYS_sigaltstack, ss, old);
}

weak int kill(pid_t pid, int sig)
{
	return syscall_errno(SYS_kill, pid, sig);
}

/* To this very thread, as POSIX says raise() does with threads. */
int raise(int sig)
{
	return syscall_errno(SYS_tgkill, __syscall(SYS_getpid), __syscall(SYS_gettid), sig);
}
