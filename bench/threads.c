/* The size benchmark's thread demo: start 4 threads, join them, sum under a
 * mutex, print the sum.  Each thread adds 1..1000 once: the sum is 2002000. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long sum;

static void *add(void *arg)
{
	for (long i = 1; i <= 1000; i++) {
		pthread_mutex_lock(&lock);
		sum += i;
		pthread_mutex_unlock(&lock);
	}
	return arg;
}

int main(void)
{
	pthread_t t[4];

	for (int i = 0; i < 4; i++)
		if (pthread_create(&t[i], 0, add, 0))
			return 1;
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], 0);
	printf("sum %ld\n", sum);
	return 0;
}
