/* The calling thread's cancellation state (enabled or disabled) and type
 * (deferred or asynchronous).  Both are the thread's own bytes in its TCB,
 * read by the cancel signal's handler, which runs in this same thread: a
 * plain store is seen by it in program order.
 *
 * Enabling or going asynchronous with a cancel already pending acts at
 * once when the result is asynchronous, as glibc does: an asynchronous
 * cancel must not wait for a cancellation point. */
#include <errno.h>
#include <pthread.h>
#include "internal/pthread.h"
#include "internal/defs.h"

static void act_if_async(struct pthread *self)
{
	if (self->cancel_async)
		__pthread_testcancel();
}

weak int pthread_setcancelstate(int state, int *old)
{
	struct pthread *self = __self();

	if ((unsigned)state > PTHREAD_CANCEL_DISABLE)
		return EINVAL;
	if (old)
		*old = self->cancel_disable;
	/* Sequentially consistent, and fenced from the flag's loads that
	 * follow: pthread_cancel sends no signal to a thread it sees
	 * disabled, so an enabled thread must see the flag it set first. */
	__atomic_store_n(&self->cancel_disable, state, __ATOMIC_SEQ_CST);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	act_if_async(self);
	return 0;
}

weak int pthread_setcanceltype(int type, int *old)
{
	struct pthread *self = __self();

	if ((unsigned)type > PTHREAD_CANCEL_ASYNCHRONOUS)
		return EINVAL;
	if (old)
		*old = self->cancel_async;
	self->cancel_async = type;
	act_if_async(self);
	return 0;
}
