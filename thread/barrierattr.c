/* Barrier attributes: only process sharing, which decides between private
 * and shared futex operations pthread.h does not declare the two
 * pshared functions yet: they are POSIX, so taskrt defines them already. */
#include <errno.h>
#include <pthread.h>
#include "internal/defs.h"

weak int pthread_barrierattr_init(pthread_barrierattr_t *a)
{
	a->__pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

weak int pthread_barrierattr_destroy(pthread_barrierattr_t *a)
{
	(void)a;
	return 0;
}

weak int pthread_barrierattr_setpshared(pthread_barrierattr_t *a, int pshared)
{
	if ((unsigned)pshared > PTHREAD_PROCESS_SHARED)
		return EINVAL;
	a->__pshared = pshared;
	return 0;
}

weak int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}
