/* C11 condition variables: pthread ones on the default clock, which is
 * CLOCK_REALTIME, the clock C11's TIME_UTC deadlines are measured on. */
#include <errno.h>
#include <threads.h>
#include "internal/defs.h"

int cnd_init(cnd_t *c)
{
	int r = __pthread_cond_init(c, 0);

	return r == 0 ? thrd_success : r == ENOMEM ? thrd_nomem : thrd_error;
}

int cnd_signal(cnd_t *c)
{
	return __pthread_cond_signal(c) == 0 ? thrd_success : thrd_error;
}

int cnd_broadcast(cnd_t *c)
{
	return __pthread_cond_broadcast(c) == 0 ? thrd_success : thrd_error;
}

int cnd_wait(cnd_t *c, mtx_t *m)
{
	return __pthread_cond_wait(c, m) == 0 ? thrd_success : thrd_error;
}

int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict abstime)
{
	int r = __pthread_cond_timedwait(c, m, abstime);

	return r == 0 ? thrd_success : r == ETIMEDOUT ? thrd_timedout : thrd_error;
}

void cnd_destroy(cnd_t *c)
{
	__pthread_cond_destroy(c);
}
