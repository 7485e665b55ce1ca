/* setcontext: make ucp's context the current one (docs/ucontext.md).
 * The mask first, then the registers: from the mask's change on, a
 * signal handler may run, on this stack, which is still ours. */
#include <ucontext.h>
#include <errno.h>
#include <signal.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include <arch/ucontext.h>

int __setcontext(const ucontext_t *ucp)
{
	long r = __syscall(SYS_rt_sigprocmask, SIG_SETMASK, &ucp->uc_sigmask, 0, KERNEL_SIGSET_SIZE);
	if (r == 0)
		r = __ucontext_jump(ucp);   /* returns only where there is no jump */
	errno = (int)-r;
	return -1;
}
weak_alias(__setcontext, setcontext);

/* The layout the assembly and the kernel's signal frame assume
 * (arch/<arch>/ucontext.h, checked there against the uapi headers). */
#ifdef UC_MCONTEXT_OFFSET   /* an arch with ucontext.S (a port may define UC_PC_OFFSET alone, for cancellation) */
_Static_assert(__builtin_offsetof(ucontext_t, uc_sigmask) == UC_SIGMASK_OFFSET, "uc_sigmask");
_Static_assert(__builtin_offsetof(ucontext_t, uc_mcontext) == UC_MCONTEXT_OFFSET, "uc_mcontext");
_Static_assert(sizeof(ucontext_t) == __UCONTEXT_GLIBC_SIZE, "ucontext_t is as large as glibc's");
#endif
