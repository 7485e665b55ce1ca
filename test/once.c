/* pthread_once under contention: many threads race to 1,000 once-objects
 * in turn (fn must run exactly once per object, and every caller must see
 * its effect when pthread_once returns), and to one whose fn takes long
 * enough that the others really go to sleep waiting for it. */
#include <pthread.h>
#include <sched.h>
#include <time.h>
#include "check.h"

#define THREADS 8
#define ONCES   1000

static volatile int go;

static void wait_for_go(void)
{
	while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE))
		sched_yield();
}

static void run_threads(void *(*fn)(void *))
{
	pthread_t t[THREADS];

	go = 0;
	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, fn, 0), 0);
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
}

/* 1,000 objects, taken in the same order by every thread.  fn cannot tell
 * which object it runs for, so it just counts: a second run of any object
 * shows as more than 1,000. */
static pthread_once_t onces[ONCES];
static int runs, stale;

static void count_run(void)
{
	__atomic_fetch_add(&runs, 1, __ATOMIC_RELAXED);
}

static void *race_many(void *arg)
{
	(void)arg;
	wait_for_go();
	for (int i = 0; i < ONCES; i++) {
		pthread_once(&onces[i], count_run);
		/* objects 0..i are all done: their runs are visible now */
		if (__atomic_load_n(&runs, __ATOMIC_RELAXED) < i + 1)
			__atomic_fetch_add(&stale, 1, __ATOMIC_RELAXED);
	}
	return 0;
}

/* One slow fn: the others must wait for it, then see what it wrote. */
static pthread_once_t slow_once = PTHREAD_ONCE_INIT;
static int slow_runs, slow_value, saw_value;

static void slow_init(void)
{
	slow_runs++;
	sleep_ms(50);
	slow_value = 42;
}

static void *race_slow(void *arg)
{
	(void)arg;
	wait_for_go();
	pthread_once(&slow_once, slow_init);
	if (slow_value == 42)
		__atomic_fetch_add(&saw_value, 1, __ATOMIC_RELAXED);
	return 0;
}

int main(void)
{
	(void)check_skip;
	run_threads(race_many);
	CHECK_INT(runs, ONCES);
	CHECK_INT(stale, 0);

	run_threads(race_slow);
	CHECK_INT(slow_runs, 1);
	CHECK_INT(saw_value, THREADS);
	TASKRT_ONLY(CHECK_INT(slow_once, 3));             /* DONE */

	/* Done stays done. */
	CHECK_INT(pthread_once(&slow_once, slow_init), 0);
	CHECK_INT(slow_runs, 1);
	return check_done();
}
