/* Whether the program has ever installed a signal handler.  Until it has,
 * no handler can run anywhere, and pthread_create need not block signals
 * around its clone (three system calls saved per thread). */
#include <signal.h>
#include "internal/pthread.h"
#include "internal/defs.h"

volatile int __signal_handlers_installed;

/* pthread_create's blocking of every signal across the clone (the weak
 * no-op in thread/create.c stands in where sigaction is not linked):
 * the creator's mask into *old, the child's to restore into new.
 * Returns 1 if it blocked, 0 while no handler has been installed. */
int __thread_signals_block(struct pthread *new, kernel_sigset_t *old)
{
	kernel_sigset_t all;

	if (!__atomic_load_n(&__signal_handlers_installed, __ATOMIC_SEQ_CST))
		return 0;
	__builtin_memset(&all, -1, sizeof all);
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, old, KERNEL_SIGSET_SIZE);
	new->sigmask = *old;
	/* A thread with a cancel pending may run with SIGCANCEL blocked
	 * (thread/cancel.c); its children must not. */
	KERNEL_SIGSET_DEL_CANCEL(&new->sigmask);
	new->signals_blocked = 1;   /* (the TCB starts all 0) */
	return 1;
}
