/* pthread_once: run fn exactly once, however many threads race to it.
 *
 *   0 NEW       nobody has started
 *   1 RUNNING   one thread runs fn, nobody waits for it
 *   2 WAITING   one thread runs fn, others sleep until it is done
 *   3 DONE      fn has returned
 *
 * The thread whose compare-and-swap takes 0 to 1 runs fn; every other
 * caller sleeps until the word says DONE.  Why no sleeper is forgotten:
 * a thread sleeps only through FUTEX_WAIT(once, WAITING), which the kernel
 * refuses unless the word still holds WAITING, and the runner sets DONE
 * with an exchange: if the old value was WAITING, it wakes everybody.  The
 * state a sleeper stored can only be overwritten by that exchange.
 *
 * Once DONE, a call is one load (ACQUIRE: it sees all that fn wrote,
 * which the runner published with RELEASE).  No system call unless some
 * thread actually had to wait.  If fn is cancelled, a cleanup handler
 * puts the word back to NEW and wakes the sleepers, one of which then runs
 * fn (POSIX: as if pthread_once had never been called).  If fn longjmps
 * out instead, the others wait for ever: POSIX leaves that undefined.
 */
#include <limits.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/defs.h"

enum { NEW, RUNNING, WAITING, DONE };

static void undo(void *once)
{
	if (__atomic_exchange_n((pthread_once_t *)once, NEW, __ATOMIC_RELEASE) == WAITING)
		__futex_wake(once, INT_MAX, 1);
}

__attribute__((__noinline__))
static int slow(pthread_once_t *once, void (*fn)(void))
{
	for (;;) {
		int c = NEW;

		if (__atomic_compare_exchange_n(once, &c, RUNNING, 0, __ATOMIC_ACQUIRE,
		                                __ATOMIC_ACQUIRE)) {
			struct __pthread_cleanup cancelled;

			__pthread_cleanup_push(&cancelled, undo, (void *)once);
			fn();
			__pthread_cleanup_pop(&cancelled, 0);
			if (__atomic_exchange_n(once, DONE, __ATOMIC_RELEASE) == WAITING)
				__futex_wake(once, INT_MAX, 1);
			return 0;
		}
		if (c == DONE)
			return 0;
		/* RUNNING: say we wait (unless it changed meanwhile: look again). */
		if (c == RUNNING && !__atomic_compare_exchange_n(once, &c, WAITING, 0,
		                                                 __ATOMIC_RELAXED, __ATOMIC_RELAXED))
			continue;
		__futex_wait(once, WAITING, 0, 1);
	}
}

__attribute__((__aligned__(16)))   /* a hot loop's target: one fetch block */
fast_path int __pthread_once(pthread_once_t *once, void (*fn)(void))
{
	/* Straight through when done (the slow part out of line). */
	if (__builtin_expect(__atomic_load_n(once, __ATOMIC_ACQUIRE) == DONE, 1))
		return 0;
	return slow(once, fn);
}
weak_alias(__pthread_once, pthread_once);
