/* Soak: a million create/join cycles, then a million detached threads
 * that exit on their own, with /proc/self/maps the same before and after
 * (every stack and TLS block reused or given back): after the joins, as
 * after the first join (taskrt may keep one joined thread's stack for the
 * next); after the detached threads, as before any thread, or as after
 * the first join. */
#include <pthread.h>
#include <errno.h>
#include <sched.h>
#include <stdatomic.h>
#include "soak.h"

static atomic_long done;

static void *work(void *arg)
{
	return (char *)arg + 1;
}

static void *detached(void *arg)
{
	(void)arg;
	atomic_fetch_add(&done, 1);
	return 0;
}

static char none[1 << 16], one[1 << 16], after[1 << 16];

int main(void)
{
	long n = soak_count(1000000), bad = 0, fails = 0;
	pthread_attr_t a;
	pthread_t t;
	double start;
	void *r;

	CHECK(soak_maps(none, sizeof none) > 0);
	CHECK_INT(pthread_create(&t, 0, work, 0), 0);
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK(soak_maps(one, sizeof one) > 0);

	start = soak_now();
	for (long i = 0; i < n; i++) {
		if (pthread_create(&t, 0, work, (void *)i)) { fails++; continue; }
		if (pthread_join(t, &r) || r != (char *)i + 1)
			bad++;
	}
	CHECK_INT(fails, 0);
	CHECK_INT(bad, 0);
	soak_report("create_join", n, start);
	CHECK(soak_maps(after, sizeof after) > 0);
	CHECK_STR(after, one);

	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	start = soak_now();
	for (long i = 0; i < n; i++) {
		int e;
		/* a detached thread's stack is free only once it has exited:
		 * EAGAIN while too many are still on their way out */
		while ((e = pthread_create(&t, &a, detached, 0)) == EAGAIN)
			sched_yield();
		if (e)
			fails++;
		/* keep at most a few hundred in flight */
		while (i - atomic_load(&done) > 256)
			sched_yield();
	}
	while (atomic_load(&done) < n - fails)
		sched_yield();
	CHECK_INT(fails, 0);
	soak_report("detached", n, start);
	pthread_attr_destroy(&a);
	/* the last detached threads may still be unmapping themselves */
	for (int i = 0; i < 100; i++) {
		CHECK(soak_maps(after, sizeof after) > 0);
		if (!strcmp(after, none) || !strcmp(after, one))
			break;
		usleep(10000);
	}
	CHECK_STR(after, strcmp(after, one) ? none : one);
	return check_done();
}
