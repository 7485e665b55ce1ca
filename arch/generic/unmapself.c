/* The generic __unmapself, for an arch without unmapself.S.
 *
 * A detached thread must free the one mapping that holds its stack and
 * TCB, and C cannot do that itself: once munmap returns, the very next
 * instruction may use the stack that is gone.  The arch's few lines of
 * assembly (unmap, then exit, with nothing in memory in between) are the
 * real answer.  Without them the thread leaves the unmapping to whoever
 * comes after it, and lets the kernel say when that is safe:
 *
 *   1. it takes a free grave, a slot in static memory outside every
 *      thread's mapping, and records its mapping there;
 *   2. it points the kernel's clear-tid word at the grave's tid word
 *      (set_tid_address): the kernel zeroes and futex-wakes that word only
 *      once the thread is gone for good and no longer uses its stack;
 *   3. it exits.
 * Each later call unmaps every grave whose tid word reads 0, and frees it.
 * So at most GRAVES mappings outlive their threads, and a thread that
 * finds every grave held by a thread still on its way out waits for the
 * first of them (which is only ever a few instructions from its exit).
 */
#include "internal/futex.h"
#include "internal/lock.h"
#include "internal/pthread.h"

#define GRAVES 8

static struct grave {
	volatile int tid;      /* non-zero while its thread may still run */
	void *base;            /* the mapping to free; 0: the grave is free */
	size_t size;
} graves[GRAVES];
static volatile int graves_lock;

_Noreturn void __unmapself(void *base, size_t size)
{
	struct grave *g, *mine = 0;
	int tid = __syscall(SYS_gettid), waiting_for;

	__lock(&graves_lock);
	for (;;) {
		for (g = graves; g < graves + GRAVES; g++) {
			if (g->base && __atomic_load_n(&g->tid, __ATOMIC_ACQUIRE) == 0) {
				__syscall(SYS_munmap, g->base, g->size);
				g->base = 0;
			}
			if (!g->base && !mine)
				mine = g;
		}
		if (mine)
			break;
		waiting_for = graves[0].tid;
		__unlock(&graves_lock);
		/* a shared wait: the kernel's clear-tid wake is a shared one */
		if (waiting_for)
			__futex_wait(&graves[0].tid, waiting_for, 0, 0);
		__lock(&graves_lock);
	}
	mine->base = base;
	mine->size = size;
	mine->tid = tid;
	__syscall(SYS_set_tid_address, &mine->tid);
	__unlock(&graves_lock);
	for (;;)
		__syscall(SYS_exit, 0);
}
