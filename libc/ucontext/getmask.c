/* getcontext's and swapcontext's C tails (arch/<arch>/ucontext.S saved
 * the registers and jumps here with the same arguments). */
#include <ucontext.h>
#include <errno.h>
#include <signal.h>
#include "internal/signal.h"
#include "internal/syscall.h"

int __ucontext_getmask(ucontext_t *ucp)
{
	/* SIG_BLOCK with no set reads the mask and changes nothing. */
	long r = __syscall(SYS_rt_sigprocmask, SIG_BLOCK, 0, &ucp->uc_sigmask, KERNEL_SIGSET_SIZE);
	if (r == 0)
		return 0;
	errno = (int)-r;
	return -1;
}

int __ucontext_swap(ucontext_t *oucp, const ucontext_t *ucp)
{
	/* One call saves the old mask and sets the new one. */
	long r = __syscall(SYS_rt_sigprocmask, SIG_SETMASK, &ucp->uc_sigmask, &oucp->uc_sigmask,
	                   KERNEL_SIGSET_SIZE);
	if (r == 0)
		r = __ucontext_jump(ucp);
	errno = (int)-r;
	return -1;
}
