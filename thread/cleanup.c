/* pthread_cleanup_push and _pop: the records live on the pushing
 * function's stack (the macros of <pthread.h> declare them), linked
 * innermost first from the TCB.  pthread_exit, and so a cancel, runs
 * what is still pushed, innermost first, before the key destructors.
 * A program that never pushes a handler links a no-op in its place. */
#include <pthread.h>
#include "internal/pthread.h"
#include "internal/defs.h"

void __pthread_cleanup_push(struct __pthread_cleanup *c, void (*fn)(void *), void *arg)
{
	struct pthread *self = __self();

	c->__fn = fn;
	c->__arg = arg;
	c->__next = self->cleanup;
	self->cleanup = c;
}
weak_alias(__pthread_cleanup_push, _pthread_cleanup_push);

void __pthread_cleanup_pop(struct __pthread_cleanup *c, int run)
{
	__self()->cleanup = c->__next;
	if (run)
		c->__fn(c->__arg);
}
weak_alias(__pthread_cleanup_pop, _pthread_cleanup_pop);

/* Each record is unlinked before its handler runs: a handler that exits
 * (or is cancelled again) does not run itself twice. */
void __pthread_cleanup_run(struct pthread *self)
{
	struct __pthread_cleanup *c;

	while ((c = self->cleanup)) {
		self->cleanup = c->__next;
		c->__fn(c->__arg);
	}
}
