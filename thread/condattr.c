/* Condition variable attributes: the clock that pthread_cond_timedwait's
 * deadline is measured on (CLOCK_REALTIME by default, or CLOCK_MONOTONIC,
 * which no clock setting can move), and process sharing. */
#include <errno.h>
#include <pthread.h>
#include "internal/defs.h"

weak int pthread_condattr_init(pthread_condattr_t *a)
{
	*a = (pthread_condattr_t){ CLOCK_REALTIME, PTHREAD_PROCESS_PRIVATE };
	return 0;
}

weak int pthread_condattr_destroy(pthread_condattr_t *a)
{
	(void)a;
	return 0;
}

/* Only the clocks a futex can sleep on. */
weak int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clock)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	a->__clock = clock;
	return 0;
}

weak int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clock)
{
	*clock = a->__clock;
	return 0;
}

weak int pthread_condattr_setpshared(pthread_condattr_t *a, int pshared)
{
	if ((unsigned)pshared > PTHREAD_PROCESS_SHARED)
		return EINVAL;
	a->__pshared = pshared;
	return 0;
}

weak int pthread_condattr_getpshared(const pthread_condattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}
