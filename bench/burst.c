/* burst R: R rounds of "create 64 threads, then join all 64".  Prints ns
 * per thread.  Unlike create_join, 64 stacks are alive at once, so this
 * shows what a library's stack cache and mapping path cost when the cache
 * cannot hold them all.
 */
#include <pthread.h>
#include "bench.h"

#define THREADS 64

static void *nothing(void *arg)
{
	return arg;
}

static void bursts(long rounds)
{
	pthread_t t[THREADS];

	for (long r = 0; r < rounds; r++) {
		for (int i = 0; i < THREADS; i++)
			check(pthread_create(&t[i], 0, nothing, 0), "pthread_create");
		for (int i = 0; i < THREADS; i++)
			check(pthread_join(t[i], 0), "pthread_join");
	}
}

int main(int argc, char **argv)
{
	long rounds = count_arg(argc, argv, 1, 20);
	unsigned long long t0;

	bursts(1);                      /* warm-up */
	t0 = now_ns();
	bursts(rounds);
	report(now_ns() - t0, (unsigned long long)rounds * THREADS);
	return 0;
}
