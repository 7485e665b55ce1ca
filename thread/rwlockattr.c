/* Read-write lock attributes: only process sharing, which decides between
 * private and shared futex operations.  (pthread.h does not declare the
 * two pshared functions yet; they are POSIX, so they are defined here.) */
#include <errno.h>
#include <pthread.h>
#include "internal/defs.h"

weak int pthread_rwlockattr_init(pthread_rwlockattr_t *a)
{
	a->__pshared = PTHREAD_PROCESS_PRIVATE;
	a->__kind = PTHREAD_RWLOCK_DEFAULT_NP;
	return 0;
}

weak int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a)
{
	(void)a;
	return 0;
}

weak int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *a, int pshared)
{
	if ((unsigned)pshared > PTHREAD_PROCESS_SHARED)
		return EINVAL;
	a->__pshared = pshared;
	return 0;
}

weak int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}

/* glibc's preference kinds: checked and remembered; the lock itself lets
 * readers first whatever they say. */
weak int pthread_rwlockattr_setkind_np(pthread_rwlockattr_t *a, int kind)
{
	if ((unsigned)kind > PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP)
		return EINVAL;
	a->__kind = kind;
	return 0;
}

weak int pthread_rwlockattr_getkind_np(const pthread_rwlockattr_t *restrict a, int *restrict kind)
{
	*kind = a->__kind;
	return 0;
}
