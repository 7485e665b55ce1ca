/* pthread lifecycle: create and join with results, the join errors,
 * tryjoin and timedjoin, detach, attributes, and a stack of our own. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static void *twice(void *arg) { return (void *)((uintptr_t)arg * 2); }

static volatile int release;
static void *wait_release(void *arg)
{
	while (!release)
		sched_yield();
	return arg;
}

static void *join_self(void *arg)
{
	(void)arg;
	return (void *)(intptr_t)pthread_join(pthread_self(), 0);
}

static void *where_am_i(void *arg)
{
	char local;
	return (void *)((uintptr_t)&local - (uintptr_t)arg);
}

static void *exits_early(void *arg)
{
	pthread_exit(arg);
}

int main(void)
{
	pthread_t t, main_thread = pthread_self();
	pthread_attr_t attr;
	void *r;
	size_t size;
	int state;
	struct timespec soon;

	/* create, join, results */
	CHECK_INT(pthread_create(&t, 0, twice, (void *)21), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)42);
	CHECK_INT(pthread_create(&t, 0, exits_early, (void *)5), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)5);
	CHECK(pthread_equal(main_thread, pthread_self()));
	CHECK(!pthread_equal(main_thread, t));

	/* joining yourself: EDEADLK, in main and in a thread */
	CHECK_INT(pthread_join(pthread_self(), 0), EDEADLK);
	CHECK_INT(pthread_create(&t, 0, join_self, 0), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK_INT((intptr_t)r, EDEADLK);

	/* tryjoin and timedjoin on a thread that is still running */
	release = 0;
	CHECK_INT(pthread_create(&t, 0, wait_release, (void *)9), 0);
	CHECK_INT(pthread_tryjoin_np(t, &r), EBUSY);
	clock_gettime(CLOCK_REALTIME, &soon);
	soon.tv_nsec += 20 * 1000 * 1000;
	if (soon.tv_nsec >= 1000000000) { soon.tv_sec++; soon.tv_nsec -= 1000000000; }
	CHECK_INT(pthread_timedjoin_np(t, &r, &soon), ETIMEDOUT);
	release = 1;
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)9);

	/* detach: then join is EINVAL, and so is a second detach */
	release = 0;
	CHECK_INT(pthread_create(&t, 0, wait_release, 0), 0);
	CHECK_INT(pthread_detach(t), 0);
	CHECK_INT(pthread_detach(t), EINVAL);
	CHECK_INT(pthread_join(t, 0), EINVAL);
	release = 1;

	/* attributes */
	CHECK_INT(pthread_attr_init(&attr), 0);
	CHECK_INT(pthread_attr_getstacksize(&attr, &size), 0);
	TASKRT_ONLY(CHECK_INT(size, 128 * 1024));
	CHECK_INT(pthread_attr_getguardsize(&attr, &size), 0);
	CHECK_INT(size, 4096);
	CHECK_INT(pthread_attr_setstacksize(&attr, 100), EINVAL);
	CHECK_INT(pthread_attr_setdetachstate(&attr, 7), EINVAL);
	CHECK_INT(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED), 0);
	CHECK_INT(pthread_attr_getdetachstate(&attr, &state), 0);
	CHECK_INT(state, PTHREAD_CREATE_DETACHED);
	CHECK_INT(pthread_attr_setstacksize(&attr, 1 << 20), 0);
	CHECK_INT(pthread_create(&t, &attr, twice, 0), 0);     /* detached: frees itself */
	CHECK_INT(pthread_attr_destroy(&attr), 0);

	/* what pthread_getattr_np reports for a running thread */
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 * 1024);
	release = 0;
	CHECK_INT(pthread_create(&t, &attr, wait_release, 0), 0);
	pthread_attr_t got;
	void *stack;
	CHECK_INT(pthread_getattr_np(t, &got), 0);
	CHECK_INT(pthread_attr_getstack(&got, &stack, &size), 0);
	CHECK_INT(size, 256 * 1024);
	CHECK(stack != 0);
	release = 1;
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK_INT(pthread_getattr_np(pthread_self(), &got), 0);
	CHECK_INT(pthread_attr_getstack(&got, &stack, &size), 0);
	CHECK((char *)stack < (char *)&got && (char *)&got < (char *)stack + size);

	/* a stack of our own: the thread runs inside it (128 KiB, the
	 * largest arch's PTHREAD_STACK_MIN) */
	size = 128 * 1024;
	char *mine = malloc(size);
	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setstack(&attr, mine, size), 0);
	CHECK_INT(pthread_create(&t, &attr, where_am_i, mine), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK((uintptr_t)r < size);
	free(mine);

	/* an impossible stack: an error, and nothing is left behind */
	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setstacksize(&attr, (size_t)-1 / 2 + 1), 0);
	int e = pthread_create(&t, &attr, twice, 0);
	CHECK(e == EAGAIN || e == EINVAL);
	CHECK_INT(pthread_attr_setstacksize(&attr, (size_t)-1 - 8191), 0);   /* wraps around */
	e = pthread_create(&t, &attr, twice, 0);
	CHECK(e == EAGAIN || e == EINVAL);
	return check_done();
}
