/* sum_threads: four threads each tally a quarter of 1..N into a total
 * under a mutex; prints "threads: ok" when the total is N(N+1)/2. */
#include "tally.h"
#include <pthread.h>
#include <stdio.h>

#define N 4000
#define THREADS 4
static long values[N];
static long total;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *part(void *arg)
{
	long k = (long)arg;
	long s = tally_sum(values + k * (N / THREADS), N / THREADS);
	pthread_mutex_lock(&lock);
	total += s;
	pthread_mutex_unlock(&lock);
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	for (long i = 0; i < N; i++)
		values[i] = i + 1;
	for (long k = 0; k < THREADS; k++)
		if (pthread_create(&t[k], NULL, part, (void *)k) != 0) {
			puts("threads: pthread_create failed");
			return 1;
		}
	for (int k = 0; k < THREADS; k++)
		pthread_join(t[k], NULL);
	if (total != (long)N * (N + 1) / 2) {
		printf("threads: total %ld\n", total);
		return 1;
	}
	puts("threads: ok");
	return 0;
}
