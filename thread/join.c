/* pthread_join and its _np variants: sleep on the thread's tid word until
 * the kernel zeroes it as the thread dies (CLONE_CHILD_CLEARTID), then take
 * its result and give its mapping back to the stack cache.
 *
 * The kernel's wake-up on that word is a *shared* futex wake, so the wait
 * must be shared too: a FUTEX_WAIT_PRIVATE sleeper would never be woken. */
#include <errno.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/pthread.h"
#include "internal/defs.h"

static int join(struct pthread *t, void **result, clockid_t clock, const struct timespec *abstime, int try)
{
	int tid, r;

	if (t == __self())
		return EDEADLK;
	if (t->detach_state == DETACH_DETACHED)
		return EINVAL;
	while ((tid = t->tid) != 0) {
		if (try)
			return EBUSY;
		r = __futex_wait_cp(&t->tid, tid, clock, abstime, 0);
		if (r == -ETIMEDOUT || r == -EINVAL)
			return -r;
	}
	if (result)
		*result = t->result;
	if (t->map_base)
		__stack_release(t->map_base, t->map_size, t->guard_size);
	return 0;
}

int __pthread_join(pthread_t t, void **result)
{
	return join(t, result, CLOCK_REALTIME, 0, 0);
}
weak_alias(__pthread_join, pthread_join);

weak int pthread_tryjoin_np(pthread_t t, void **result)
{
	return join(t, result, CLOCK_REALTIME, 0, 1);
}

weak int pthread_timedjoin_np(pthread_t t, void **result, const struct timespec *abstime)
{
	return join(t, result, CLOCK_REALTIME, abstime, 0);
}

/* glibc 2.31: the deadline on CLOCK_REALTIME or CLOCK_MONOTONIC. */
weak int pthread_clockjoin_np(pthread_t t, void **result, clockid_t clock,
                              const struct timespec *abstime)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	return join(t, result, clock, abstime, 0);
}
