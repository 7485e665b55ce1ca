/* malloc from many threads at once: 8 threads each allocate, fill, check
 * and free blocks of many sizes, handing some to each other through a
 * shared table; no block is ever given out twice or corrupted. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define THREADS 8
#define ROUNDS 4000
#define SLOTS 64

static void *volatile shared[SLOTS];

static uint32_t next(uint32_t *s)
{
	*s = *s * 1103515245 + 12345;
	return *s >> 8;
}

/* A block: its size, then its tag byte repeated to the end. */
static int intact(const unsigned char *p)
{
	size_t size, i;

	memcpy(&size, p, sizeof size);
	for (i = sizeof size + 1; i < size; i++)
		if (p[i] != p[sizeof size])
			return 0;
	return 1;
}

static void *worker(void *arg)
{
	uint32_t seed = (uint32_t)(uintptr_t)arg * 7919 + 1;
	int bad = 0;

	for (int i = 0; i < ROUNDS; i++) {
		size_t size = 16 + next(&seed) % (i % 16 == 0 ? 100000 : 600);
		unsigned char *p = malloc(size), *old;

		if (!p || ((uintptr_t)p & 15) != 0) {
			bad++;
			continue;
		}
		memset(p, (unsigned char)next(&seed), size);
		memcpy(p, &size, sizeof size);
		/* swap it into a shared slot: another thread may free it */
		old = __atomic_exchange_n(&shared[next(&seed) % SLOTS], p, __ATOMIC_ACQ_REL);
		if (old) {
			bad += !intact(old);
			free(old);
		}
	}
	return (void *)(intptr_t)bad;
}

int main(void)
{
	pthread_t t[THREADS];
	void *r;
	int bad = 0, i;

	for (i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, worker, (void *)(uintptr_t)i), 0);
	for (i = 0; i < THREADS; i++) {
		pthread_join(t[i], &r);
		bad += (int)(intptr_t)r;
	}
	for (i = 0; i < SLOTS; i++) {
		if (shared[i])
			bad += !intact(shared[i]);
		free(shared[i]);
	}
	CHECK_INT(bad, 0);
	return check_done();
}
