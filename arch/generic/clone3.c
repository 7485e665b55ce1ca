/* The generic __clone3: no clone3 stack switch for this arch yet.
 *
 * An arch/<arch>/clone3.S replaces this file.  Answering -ENOSYS, as a
 * kernel without clone3 does, sends clone3_fn (syscall/clone.c) down its
 * fallback onto __clone, which every port has: clone3_fn still works,
 * within what the legacy clone can express. */
#include <errno.h>
#include <sched.h>
#include <taskrt/clone3.h>
#include "internal/defs.h"

long __clone3(struct clone_args *args, size_t size, int (*fn)(void *), void *arg)
{
	(void)args, (void)size, (void)fn, (void)arg;
	return -ENOSYS;
}
