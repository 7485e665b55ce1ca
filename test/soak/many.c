/* Soak: 1,000 threads alive at once, all waiting on one barrier, then
 * joined. */
#include <pthread.h>
#include "soak.h"

#define THREADS 1000

static pthread_barrier_t barrier;

static void *wait_all(void *arg)
{
	pthread_barrier_wait(&barrier);
	return arg;
}

int main(void)
{
	static pthread_t t[THREADS];
	long rounds = soak_count(20), bad = 0;
	pthread_attr_t a;
	double start = soak_now();
	void *r;

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 64 * 1024);
	for (long round = 0; round < rounds; round++) {
		pthread_barrier_init(&barrier, 0, THREADS + 1);
		for (long i = 0; i < THREADS; i++)
			if (pthread_create(&t[i], &a, wait_all, (void *)i)) {
				CHECK(!"pthread_create");
				return check_done();
			}
		pthread_barrier_wait(&barrier);    /* all 1,000 alive here */
		for (long i = 0; i < THREADS; i++)
			if (pthread_join(t[i], &r) || r != (void *)i)
				bad++;
		pthread_barrier_destroy(&barrier);
	}
	pthread_attr_destroy(&a);
	CHECK_INT(bad, 0);
	soak_report("threads_1000_alive", rounds * THREADS, start);
	return check_done();
}
