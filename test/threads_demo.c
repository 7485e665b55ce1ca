/* The thread demo of the size benchmark: 4 threads add their share under a
 * mutex, main joins them and prints the sum. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long sum;

static void *add(void *arg)
{
	long n = (long)arg;

	for (long i = 1; i <= n; i++) {
		pthread_mutex_lock(&lock);
		sum += i;
		pthread_mutex_unlock(&lock);
	}
	return 0;
}

int main(void)
{
	pthread_t t[4];

	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], 0, add, (void *)1000L);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], 0);
	printf("sum %ld\n", sum);
	return sum != 4 * 500500;
}
