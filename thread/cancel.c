/* pthread_cancel, and the machinery only a program that calls it links:
 * the cancel signal's handler, __cancel, and the strong __syscall_cp6 that
 * replaces the plain one of syscall/syscall_cp.c (docs/cancel.md).
 *
 * A cancel is the flag self->cancel, set once, then SIGCANCEL sent to the
 * thread to wake it wherever it blocks.  The flag alone is enough for a
 * thread that reaches a cancellation point later: __syscall_cp_asm reads
 * it before the trap.  The signal is for a thread already in one, or on
 * its way in between that read and the trap: its handler then finds the
 * PC inside the window [__cp_begin, __cp_end) and sends the thread to
 * __cp_cancel instead of letting it sleep in (or restart) the call.  A PC
 * anywhere else means the call has not begun (the flag will be seen) or
 * the kernel has finished it (its result stands: the cancel acts at the
 * next cancellation point), except for one case: a handler of another
 * signal that interrupted the window.  When that handler returns, the
 * kernel would restart the call with the flag read long ago.  So the
 * handler leaves SIGCANCEL blocked in the interrupted context and sends
 * it again: it stays pending until a sigreturn unblocks it, and the one
 * that does returns into the window, where it is delivered at once.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <arch/ucontext.h>
#include "internal/cancel.h"
#include "internal/pthread.h"
#include "internal/defs.h"

/* Act on the cancel: reached from __cp_cancel, from the handler for an
 * asynchronous cancel, and from an EINTR at a cancellation point. */
long __cancel(void)
{
	struct pthread *self = __self();

	if (self->cancel_disable == PTHREAD_CANCEL_ENABLE || self->cancel_async)
		__pthread_exit(PTHREAD_CANCELED);
	/* CANCEL_MASKED: report it once; the wait restores the state and
	 * exits when it has re-taken its mutex (thread/cond.c). */
	self->cancel_disable = PTHREAD_CANCEL_DISABLE;
	return -ECANCELED;
}

/* The cancellation point itself.  With cancellation disabled it is a plain
 * system call.  An EINTR means a signal interrupted a call the kernel does
 * not restart (pause, sigsuspend, a poll with a timeout): if the signal was
 * the cancel, it found the PC past the trap, and acts here.  close is the
 * exception: the descriptor is gone even when close says EINTR, and the
 * program must learn that; the cancel waits for the next point. */
long __syscall_cp6(long a, long b, long c, long d, long e, long f, long n)
{
	struct pthread *self = __self();
	long r;

	if (self->cancel_disable == PTHREAD_CANCEL_DISABLE)
		return __syscall(n, a, b, c, d, e, f);
	r = __syscall_cp_asm(&self->cancel, n, a, b, c, d, e, f);
	if (r == -EINTR && n != SYS_close && self->cancel
	    && self->cancel_disable != PTHREAD_CANCEL_DISABLE)
		r = __cancel();
	return r;
}

/* The same with errno, one per argument count (internal/syscall.h). */
long __syscall_cp_ret0(long n) { return __syscall_ret(__syscall_cp6(0, 0, 0, 0, 0, 0, n)); }
long __syscall_cp_ret1(long a, long n) { return __syscall_ret(__syscall_cp6(a, 0, 0, 0, 0, 0, n)); }
long __syscall_cp_ret2(long a, long b, long n)
{
	return __syscall_ret(__syscall_cp6(a, b, 0, 0, 0, 0, n));
}
long __syscall_cp_ret3(long a, long b, long c, long n)
{
	return __syscall_ret(__syscall_cp6(a, b, c, 0, 0, 0, n));
}
long __syscall_cp_ret4(long a, long b, long c, long d, long n)
{
	return __syscall_ret(__syscall_cp6(a, b, c, d, 0, 0, n));
}
long __syscall_cp_ret5(long a, long b, long c, long d, long e, long n)
{
	return __syscall_ret(__syscall_cp6(a, b, c, d, e, 0, n));
}
long __syscall_cp_ret6(long a, long b, long c, long d, long e, long f, long n)
{
	return __syscall_ret(__syscall_cp6(a, b, c, d, e, f, n));
}

#ifndef CANCEL_WINDOW_MISSING
static void on_cancel(int sig, siginfo_t *info, void *context)
{
	struct pthread *self = __self();
	uintptr_t *pc = (uintptr_t *)((char *)context + UC_PC_OFFSET);
	kernel_sigset_t *mask = (kernel_sigset_t *)((char *)context + UC_SIGMASK_OFFSET);
	unsigned long bit = 1UL << (SIGCANCEL - 1) % (8 * sizeof(unsigned long));

	(void)sig, (void)info;
	/* Disabled: pthread_setcancelstate(ENABLE) or the next point acts. */
	if (!self->cancel || self->cancel_disable == PTHREAD_CANCEL_DISABLE)
		return;
	/* From here on the thread is being cancelled: no second delivery. */
	mask->bits[(SIGCANCEL - 1) / (8 * sizeof(unsigned long))] |= bit;
	if (self->cancel_async) {
		/* Right here, with the mask the thread had (SIGCANCEL blocked). */
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, mask, 0, KERNEL_SIGSET_SIZE);
		__cancel();
	}
	if (*pc - (uintptr_t)__cp_begin < (uintptr_t)(__cp_end - __cp_begin)) {
		*pc = (uintptr_t)__cp_cancel;
		return;
	}
	__syscall(SYS_tkill, __thread_tid(self), SIGCANCEL);
}
#define HANDLER_FLAGS (SA_SIGINFO | SA_RESTART)
#else
/* No window (arch/generic/ucontext.h): the handler only interrupts. */
static void on_cancel(int sig, siginfo_t *info, void *context)
{
	struct pthread *self = __self();

	(void)sig, (void)info, (void)context;
	if (self->cancel && self->cancel_disable != PTHREAD_CANCEL_DISABLE && self->cancel_async)
		__cancel();
}
#define HANDLER_FLAGS SA_SIGINFO     /* blocked calls return EINTR */
#endif

/* The handler, installed by the first pthread_cancel: a program that never
 * cancels never has it.  SA_RESTART: a call the signal interrupts is set
 * up to restart, its PC moved back onto the trap, inside the window.  All
 * other signals are blocked while it runs. */
static void install(void)
{
	static volatile int installed;
	struct sigaction sa = { .sa_flags = HANDLER_FLAGS };

	if (__atomic_load_n(&installed, __ATOMIC_ACQUIRE))
		return;
	sa.sa_sigaction = on_cancel;
	__sigfillset(&sa.sa_mask);
	__sigaction_raw(SIGCANCEL, &sa, 0);
	__atomic_store_n(&installed, 1, __ATOMIC_RELEASE);
}

/* Always 0: a thread that has begun to exit, or exited and waits to be
 * joined, is not signalled (its tid may be gone), and its flag changes
 * nothing.  Cancelling oneself acts at once only when asynchronous. */
weak int pthread_cancel(pthread_t t)
{
	int tid;

	install();
	__atomic_store_n(&t->cancel, 1, __ATOMIC_SEQ_CST);
	if (t == __self()) {
		if (t->cancel_async && t->cancel_disable == PTHREAD_CANCEL_ENABLE)
			__cancel();
		return 0;
	}
	/* A thread that has disabled cancellation needs no signal, which
	 * would only cut a sleep of its short (EINTR): the flag waits for it.
	 * If it enables meanwhile, its store and ours are both sequentially
	 * consistent, so either we see it enabled, or it sees our flag at its
	 * next cancellation point (thread/cancelstate.c).  The tid hold keeps
	 * the TCB of a detached thread mapped while we read it. */
	if ((tid = __thread_tid_hold(t))
	    && __atomic_load_n(&t->cancel_disable, __ATOMIC_SEQ_CST) != PTHREAD_CANCEL_DISABLE)
		__syscall(SYS_tgkill, __syscall(SYS_getpid), tid, SIGCANCEL);
	__thread_tid_drop(t);
	return 0;
}
