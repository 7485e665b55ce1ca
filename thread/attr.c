/* Thread attributes: stack, guard, detach state, and the defaults for
 * threads created without attributes (128 KiB of stack, a one-page guard). */
#include <errno.h>
#include <pthread.h>
#include <bits/resource.h>
#include "internal/pthread.h"
#include "internal/defs.h"

pthread_attr_t __default_attr = { .__stack_size = 128 * 1024, .__guard_size = 4096 };

int __pthread_attr_init(pthread_attr_t *attr)
{
	*attr = __default_attr;
	attr->__stack = 0;
	attr->__detach = PTHREAD_CREATE_JOINABLE;
	return 0;
}
weak_alias(__pthread_attr_init, pthread_attr_init);

weak int pthread_attr_destroy(pthread_attr_t *attr)
{
	(void)attr;
	return 0;
}

weak int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	attr->__stack_size = size;
	attr->__stack = 0;
	return 0;
}

weak int pthread_attr_getstacksize(const pthread_attr_t *restrict attr, size_t *restrict size)
{
	*size = attr->__stack_size;
	return 0;
}

weak int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size)
{
	attr->__guard_size = size;
	return 0;
}

weak int pthread_attr_getguardsize(const pthread_attr_t *restrict attr, size_t *restrict size)
{
	*size = attr->__guard_size;
	return 0;
}

weak int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	attr->__detach = state;
	return 0;
}

weak int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
{
	*state = attr->__detach;
	return 0;
}

weak int pthread_attr_setstack(pthread_attr_t *attr, void *stack, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	attr->__stack = stack;
	attr->__stack_size = size;
	return 0;
}

weak int pthread_attr_getstack(const pthread_attr_t *restrict attr, void **restrict stack,
                          size_t *restrict size)
{
	*stack = attr->__stack;
	*size = attr->__stack_size;
	return 0;
}

weak int pthread_setattr_default_np(const pthread_attr_t *attr)
{
	if (attr->__stack || attr->__stack_size < PTHREAD_STACK_MIN)
		return EINVAL;
	__default_attr.__stack_size = attr->__stack_size;
	__default_attr.__guard_size = attr->__guard_size;
	return 0;
}

weak int pthread_getattr_default_np(pthread_attr_t *attr)
{
	*attr = __default_attr;
	return 0;
}

/* What a running thread was given.  The main thread's stack is the
 * kernel's: its size is the stack rlimit, its top the start-up stack. */
weak int pthread_getattr_np(pthread_t t, pthread_attr_t *attr)
{
	__pthread_attr_init(attr);
	attr->__detach = t->detach_state == DETACH_DETACHED;
	attr->__guard_size = t->guard_size;
	if (t->stack) {
		attr->__stack = t->stack;
		attr->__stack_size = t->stack_size;
	} else {
		unsigned long long limit[2] = { 8 << 20, 0 };   /* cur, max */
		__syscall(SYS_prlimit64, 0, RLIMIT_STACK, 0, limit);
		attr->__stack_size = limit[0] > (64ULL << 20) ? 64UL << 20 : limit[0];
		attr->__stack = (char *)t->initial_sp - attr->__stack_size;
	}
	return 0;
}
