#include <errno.h>
#include <pthread.h>
#include "internal/pthread.h"
#include "internal/defs.h"

/* Mark a thread detached, so that it frees itself when it ends.  If it is
 * already on its way out (it found itself joinable), reap it here instead.
 * Every way to a detached thread goes through this object (pthread_detach,
 * the attribute), so the end of one is here too. */
int __pthread_detach(pthread_t t)
{
	int state = DETACH_JOINABLE;

	if (__atomic_compare_exchange_n(&t->detach_state, &state, DETACH_DETACHED, 0,
	                                __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		return 0;
	if (state == DETACH_DETACHED)
		return EINVAL;
	return __pthread_join(t, 0);
}
weak_alias(__pthread_detach, pthread_detach);

int __pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	attr->__detach = state;
	return 0;
}
weak_alias(__pthread_attr_setdetachstate, pthread_attr_setdetachstate);

weak int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
{
	*state = attr->__detach;
	return 0;
}

/* pthread_exit of a detached thread (exit.c calls a no-op where this
 * object is not linked: there no thread is detached).  Nobody will join
 * it, and the memory of its TCB is its own to free (taskrt's mapping) or
 * the program's to reuse (its own stack) the moment it is gone.  So the
 * kernel must not clear and wake the tid word at its exit: it would write
 * 0 into whatever is mapped there by then, a malloc block or the next
 * thread's TCB (whose join would then return early).  set_tid_address(0)
 * disarms it, before any unmap.  No handler may run once the stack is
 * gone.  Returns (to exit the thread) only if there is no mapping. */
void __thread_exit_detached(struct pthread *self)
{
	kernel_sigset_t all;

	__builtin_memset(&all, -1, sizeof all);
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, 0, KERNEL_SIGSET_SIZE);
	__syscall(SYS_set_tid_address, 0);
	__robust_exit(self);     /* the same for the robust list */
	if (self->map_base)
		__unmapself(self->map_base, self->map_size);
}
