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
#include "crt/internal.h"
#include "thread/internal.h"

#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
	CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)
#define ROUND_UP(n, a) (((n) + (a) - 1) & -(a))

volatile int __threads_besides_one;
long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
             pid_t *ptid, void *tls, pid_t *ctid);
extern pthread_attr_t __default_attr;

/* The PT_TLS template, found once (it never changes). */
static struct tls_image image;

extern volatile int __signal_handlers_installed;   /* syscall/signal_handlers.c */

static int start(void *arg)
{
	struct pthread *self = arg;

	if (self->signals_blocked)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, self->sigmask, 0, 8);
	pthread_exit(self->start(self->arg));
}

int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr_in,
                   void *(*fn)(void *), void *restrict arg)
{
	struct pthread *self = __self(), *new;
	const pthread_attr_t *attr = attr_in ? attr_in : &__default_attr;
	size_t page = 4096, guard, stack_size, map_size = 0, area;
	unsigned long all[2] = { -1UL, -1UL }, old_mask[2];
	int block;
	char *map = 0, *top;
	clone_tls_scratch scratch;
	long r;

	if (!__atomic_load_n(&image.align, __ATOMIC_ACQUIRE)) {
		struct tls_image found;
		__tls_image_find(&found);
		image.data = found.data;
		image.data_size = found.data_size;
		image.size = found.size;
		image.tls_align = found.tls_align;
		image.area = found.area;
		__atomic_store_n(&image.align, found.align, __ATOMIC_RELEASE);
	}
	/* The first thread: the main thread learns its tid and becomes
	 * joinable too. */
	__thread_tid(self);

	area = ROUND_UP(image.area, 16);
	if (attr->__stack) {
		/* The caller's stack: TCB and TLS go at its top. */
		if (attr->__stack_size < area + PTHREAD_STACK_MIN / 4)
			return EINVAL;
		top = (char *)(((uintptr_t)attr->__stack + attr->__stack_size - area) & -16);
		guard = 0;
		stack_size = top - (char *)attr->__stack;
	} else {
		page = getauxval(AT_PAGESZ);
		guard = ROUND_UP(attr->__guard_size, page);
		stack_size = ROUND_UP(attr->__stack_size, page);
		map_size = guard + stack_size + ROUND_UP(area, page);
		if (map_size < stack_size || stack_size > (size_t)-1 / 2)
			return EINVAL;       /* wrapped around: no such mapping */
		map = __stack_map(map_size, guard);
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
	new->stack = top - stack_size;
	new->stack_size = stack_size;

	__atomic_fetch_add(&__threads_besides_one, 1, __ATOMIC_RELAXED);
	/* Everything the creator needs after the clone stays in its own
	 * locals: a detached thread may have run, exited and unmapped its TCB
	 * before clone even returns here. */
	block = __atomic_load_n(&__signal_handlers_installed, __ATOMIC_SEQ_CST);
	new->signals_blocked = block;
	if (block) {
		__syscall(SYS_rt_sigprocmask, SIG_BLOCK, all, old_mask, 8);
		new->sigmask[0] = old_mask[0];
		new->sigmask[1] = old_mask[1];
	}
	r = __clone(start, top, THREAD_FLAGS, new, (pid_t *)&new->tid,
	            __clone_tls(__tp_for(new), &scratch), (pid_t *)&new->tid);
	if (block)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, old_mask, 0, 8);
	if (r < 0) {
		__atomic_fetch_sub(&__threads_besides_one, 1, __ATOMIC_RELAXED);
		if (map)
			__stack_release(map, map_size, guard);
		return EAGAIN;
	}
	*thread = new;
	return 0;
}
