/* pthread_create: one mapping (guard, stack, TCB and TLS), one clone.
 *
 * All signals are blocked across the clone, so that no handler can run in
 * the new thread before it is fully set up; the new thread restores the
 * creator's mask first thing, and so does the creator.  Until the program
 * has installed a signal handler there is no handler to keep out, and the
 * three rt_sigprocmask calls are skipped (a third of a create+join's
 * system calls).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/auxv.h>
#include "internal/crt.h"
#include "internal/futex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
	CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

volatile int __threads_besides_one;

/* The program's PT_TLS template (align is never 0 once it is filled). */
static struct tls_image image;

/* PTHREAD_EXPLICIT_SCHED's start gate lives in thread/sched.c, the only
 * object that can set the attribute: these no-ops stand in for it in
 * programs that never call pthread_attr_setinheritsched. */
static void gate_wait_none(struct pthread *self) { (void)self; }
static int gate_open_none(struct pthread *new, int tid, const pthread_attr_t *attr)
{
	(void)new, (void)tid, (void)attr;
	return 0;
}
weak_alias(gate_wait_none, __sched_gate_wait);
weak_alias(gate_open_none, __sched_gate_open);

/* Until the program installs a signal handler there is none to keep out
 * of the new thread: the blocking lives beside the flag that sigaction
 * sets (syscall/signal_handlers.c), and this stands in for it in a
 * program that never calls sigaction. */
static int block_none(struct pthread *new, kernel_sigset_t *old)
{
	(void)new, (void)old;
	return 0;
}
weak_alias(block_none, __thread_signals_block);

/* A stack of the program's own: only thread/attr.c can put one in an
 * attribute, and it has the real __thread_given_stack. */
static char *given_none(const pthread_attr_t *attr, size_t area)
{
	(void)attr, (void)area;
	return 0;
}
weak_alias(given_none, __thread_given_stack);

static int start(void *arg)
{
	struct pthread *self = arg;

	if (self->start_gate)
		__sched_gate_wait(self);
	if (self->signals_blocked)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, &self->sigmask, 0, KERNEL_SIGSET_SIZE);
	__pthread_exit(self->start(self->arg));
}

int __pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr_in,
                   void *(*fn)(void *), void *restrict arg)
{
	struct pthread *self = __self(), *new;
	const pthread_attr_t *attr = attr_in ? attr_in : &__default_attr;
	size_t page, guard, stack_size, map_size = 0, area, given_size = 0;
	kernel_sigset_t old_mask;
	int block, explicit, err = 0, fresh = 0;
	char *map = 0, *top;
	clone_tls_scratch scratch;
	long r;

	/* The PT_TLS template, found once.  No race: the first call of all
	 * is made while the process has one thread (only a thread makes a
	 * thread), and every later thread was cloned after it. */
	if (!image.align)
		__tls_image_find(&image);
	/* The first thread: the main thread learns its tid and becomes
	 * joinable too. */
	__thread_tid(self);

	/* Sizes come from the program and may be anything up to SIZE_MAX:
	 * every rounding and sum below is checked, because one that wraps
	 * would leave a mapping with no room for the stack (glibc says EINVAL
	 * too).  A size that does not wrap but cannot be mapped is EAGAIN. */
	if (__builtin_add_overflow(image.area, 15, &area))
		return EINVAL;
	area &= -16;
	if (attr->__stack) {
		/* The caller's stack: TCB and TLS go at its top. */
		if (!(top = __thread_given_stack(attr, area)))
			return EINVAL;
		guard = 0;
		stack_size = top - (char *)attr->__stack;
		given_size = attr->__stack_size;
	} else {
		/* Guard and stack in whole pages of the kernel's size
		 * (AT_PAGESZ: 4 KiB on most, 64 KiB on ppc64el's). */
		page = __getauxval(AT_PAGESZ);
		if (__builtin_add_overflow(attr->__guard_size, page - 1, &guard)
		    || __builtin_add_overflow(attr->__stack_size, page - 1, &stack_size)
		    || __builtin_add_overflow(area, page - 1, &map_size)
		    || __builtin_add_overflow(map_size & -page, guard & -page, &map_size)
		    || __builtin_add_overflow(map_size, stack_size & -page, &map_size))
			return EINVAL;
		guard &= -page;
		stack_size &= -page;
		map = __stack_map(map_size, guard, &fresh);
		if (!map)
			return EAGAIN;
		top = map + guard + stack_size;
	}

	new = __tls_init(top, &image);
	new->initial_sp = self->initial_sp;
	new->canary = self->canary;
	new->start = fn;
	new->arg = arg;
	new->detach_state = attr->__detach ? DETACH_DETACHED : DETACH_JOINABLE;
	new->map_base = map;
	new->map_size = map_size;
	new->guard_size = guard;
	/* What pthread_getattr_np reports: the program's own stack exactly as
	 * it was given (the TCB and TLS at its top included), as glibc. */
	new->stack = top - stack_size;
	new->stack_size = given_size ? given_size : stack_size;
	explicit = attr->__inherit == PTHREAD_EXPLICIT_SCHED || attr->__cpusetsize;
	new->start_gate = explicit ? GATE_CLOSED : GATE_OPEN;

	__atomic_fetch_add(&__threads_besides_one, 1, __ATOMIC_RELAXED);
	/* Everything the creator needs after the clone stays in its own
	 * locals: a detached thread may have run, exited and unmapped its TCB
	 * before clone even returns here. */
	block = __thread_signals_block(new, &old_mask);
	r = __clone(start, top, THREAD_FLAGS, new, (pid_t *)&new->tid,
	            __clone_tls(__tp_for(new), &scratch), (pid_t *)&new->tid);
	if (block)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old_mask, 0, KERNEL_SIGSET_SIZE);
	/* (the thread waits at its gate: new is still ours to read) */
	if (r >= 0 && explicit)
		err = __sched_gate_open(new, r, attr);
	if (r < 0 || err) {
		__atomic_fetch_sub(&__threads_besides_one, 1, __ATOMIC_RELAXED);
		/* back where it came from: a stack mapped for this call
		 * to the kernel (not into the cache, which would keep it) */
		if (map && fresh)
			__munmap(map, map_size);
		else if (map)
			__stack_release(map, map_size, guard);
		return err ? err : EAGAIN;
	}
	*thread = new;
	return 0;
}
weak_alias(__pthread_create, pthread_create);
