/* create_join N: N serial round trips of pthread_create + pthread_join on a
 * thread that returns at once.  Prints ns per round trip.
 *
 * This is the figure bench/floor.c's "clone" loop is the kernel floor for:
 * the same clone, exit and futex wake, without the library around them.
 */
#include <pthread.h>
#include "bench.h"

static void *nothing(void *arg)
{
	return arg;
}

static void round_trips(long n)
{
	pthread_t t;

	for (long i = 0; i < n; i++) {
		check(pthread_create(&t, 0, nothing, 0), "pthread_create");
		check(pthread_join(t, 0), "pthread_join");
	}
}

int main(int argc, char **argv)
{
	long n = count_arg(argc, argv, 1, 2000);
	unsigned long long t0;

	round_trips(n / 10 + 1);        /* warm-up: stack caches, page faults */
	t0 = now_ns();
	round_trips(n);
	report(now_ns() - t0, n);
	return 0;
}
