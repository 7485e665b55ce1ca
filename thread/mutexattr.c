/* Mutex attributes: the type (normal, recursive, errorcheck) and whether
 * the mutex may live in memory shared between processes.  A shared mutex
 * uses shared futex operations: the kernel then finds sleepers by the
 * physical page, not by this process's addresses. */
#include <errno.h>
#include <pthread.h>
#include "internal/defs.h"

int __pthread_mutexattr_init(pthread_mutexattr_t *a)
{
	*a = (pthread_mutexattr_t){ .__type = PTHREAD_MUTEX_DEFAULT, .__pshared = PTHREAD_PROCESS_PRIVATE };
	return 0;
}
weak_alias(__pthread_mutexattr_init, pthread_mutexattr_init);

weak int pthread_mutexattr_destroy(pthread_mutexattr_t *a)
{
	(void)a;
	return 0;
}

int __pthread_mutexattr_settype(pthread_mutexattr_t *a, int type)
{
	if ((unsigned)type > PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	a->__type = type;
	return 0;
}
weak_alias(__pthread_mutexattr_settype, pthread_mutexattr_settype);

weak int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type)
{
	*type = a->__type;
	return 0;
}

weak int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared)
{
	if ((unsigned)pshared > PTHREAD_PROCESS_SHARED)
		return EINVAL;
	a->__pshared = pshared;
	return 0;
}

weak int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}
