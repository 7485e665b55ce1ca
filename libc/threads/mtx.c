/* C11 mutexes: a pthread mutex, recursive if asked.  mtx_timed needs
 * nothing special: every taskrt mutex can be waited for with a timeout. */
#include <errno.h>
#include <threads.h>
#include "internal/defs.h"

int mtx_init(mtx_t *m, int type)
{
	pthread_mutexattr_t attr;

	if (type & ~(mtx_timed | mtx_recursive))
		return thrd_error;
	__pthread_mutexattr_init(&attr);
	__pthread_mutexattr_settype(&attr, type & mtx_recursive ? PTHREAD_MUTEX_RECURSIVE
	                                                      : PTHREAD_MUTEX_NORMAL);
	return __pthread_mutex_init(m, &attr) == 0 ? thrd_success : thrd_error;
}

int mtx_lock(mtx_t *m)
{
	return __pthread_mutex_lock(m) == 0 ? thrd_success : thrd_error;
}

/* abstime is on the TIME_UTC clock, which is CLOCK_REALTIME. */
int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict abstime)
{
	int r = __pthread_mutex_timedlock(m, abstime);

	return r == 0 ? thrd_success : r == ETIMEDOUT ? thrd_timedout : thrd_error;
}

int mtx_trylock(mtx_t *m)
{
	int r = __pthread_mutex_trylock(m);

	return r == 0 ? thrd_success : r == EBUSY ? thrd_busy : thrd_error;
}

int mtx_unlock(mtx_t *m)
{
	return __pthread_mutex_unlock(m) == 0 ? thrd_success : thrd_error;
}

void mtx_destroy(mtx_t *m)
{
	__pthread_mutex_destroy(m);
}
