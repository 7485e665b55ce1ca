/* pthread_atfork: the program's own fork handlers.
 *
 * A fixed table of ATFORK_MAX entries, filled in order and never emptied:
 * an entry is complete before the count that covers it is published
 * (RELEASE), so fork reads the count once (ACQUIRE) and runs that many
 * without taking the lock.  A handler may therefore itself call
 * pthread_atfork; the new entry runs from the next fork on.  The lock
 * only orders the writers, and fork takes it too (after the prepare
 * handlers), so that it is never held in a child.
 *
 * POSIX's order: prepare handlers newest first (a library registered
 * later may use one registered earlier, so it must be quiesced first),
 * parent and child handlers oldest first.
 */
#include <errno.h>
#include <pthread.h>
#include "internal/lock.h"
#include "internal/defs.h"

#define ATFORK_MAX 32

static struct {
	void (*prepare)(void), (*parent)(void), (*child)(void);
} table[ATFORK_MAX];
static int count;
static int forking;          /* how many entries this fork's prepare ran */
static volatile int lock;

weak int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void))
{
	int r = ENOMEM;          /* POSIX's answer for a full table */

	__lock(&lock);
	if (count < ATFORK_MAX) {
		table[count].prepare = prepare;
		table[count].parent = parent;
		table[count].child = child;
		__atomic_store_n(&count, count + 1, __ATOMIC_RELEASE);
		r = 0;
	}
	__unlock(&lock);
	return r;
}

void __atfork_run(int when)
{
	int n = __atomic_load_n(&count, __ATOMIC_ACQUIRE), i;

	if (when == FORK_PREPARE) {
		for (i = n - 1; i >= 0; i--)
			if (table[i].prepare)
				table[i].prepare();
		__lock_fork(&lock, when);
		forking = n;
		return;
	}
	/* Exactly the entries whose prepare ran: one registered by a
	 * prepare handler would otherwise get a parent and child call
	 * without its prepare. */
	n = forking;
	__lock_fork(&lock, when);
	for (i = 0; i < n; i++) {
		void (*fn)(void) = when == FORK_PARENT ? table[i].parent : table[i].child;
		if (fn)
			fn();
	}
}
