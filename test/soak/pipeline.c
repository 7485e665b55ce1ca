/* Soak: ten million items through a pipeline of 8 threads: a producer,
 * six stages and a consumer, the stages linked alternately by a
 * mutex/cond queue and a semaphore queue; the consumer's sum and the
 * count must be exact. */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include "soak.h"

#define STAGES 7            /* links between the 8 threads */
#define SLOTS 64

struct queue {
	uint64_t slot[SLOTS];
	unsigned head, tail;
	int use_sem;
	pthread_mutex_t lock;
	pthread_cond_t nonempty, nonfull;
	sem_t items, spaces;
};

static struct queue q[STAGES];
static long n;

static void put(struct queue *k, uint64_t v)
{
	if (k->use_sem) {
		while (sem_wait(&k->spaces)) ;
		pthread_mutex_lock(&k->lock);
		k->slot[k->tail++ % SLOTS] = v;
		pthread_mutex_unlock(&k->lock);
		sem_post(&k->items);
		return;
	}
	pthread_mutex_lock(&k->lock);
	while (k->tail - k->head == SLOTS)
		pthread_cond_wait(&k->nonfull, &k->lock);
	k->slot[k->tail++ % SLOTS] = v;
	pthread_cond_signal(&k->nonempty);
	pthread_mutex_unlock(&k->lock);
}

static uint64_t get(struct queue *k)
{
	uint64_t v;

	if (k->use_sem) {
		while (sem_wait(&k->items)) ;
		pthread_mutex_lock(&k->lock);
		v = k->slot[k->head++ % SLOTS];
		pthread_mutex_unlock(&k->lock);
		sem_post(&k->spaces);
		return v;
	}
	pthread_mutex_lock(&k->lock);
	while (k->tail == k->head)
		pthread_cond_wait(&k->nonempty, &k->lock);
	v = k->slot[k->head++ % SLOTS];
	pthread_cond_signal(&k->nonfull);
	pthread_mutex_unlock(&k->lock);
	return v;
}

static void *producer(void *arg)
{
	(void)arg;
	for (long i = 1; i <= n; i++)
		put(&q[0], i);
	return 0;
}

/* Stage s adds s to each item: the sum at the end is known. */
static void *stage(void *arg)
{
	long s = (long)arg;

	for (long i = 0; i < n; i++)
		put(&q[s], get(&q[s - 1]) + s);
	return 0;
}

static uint64_t sum;

static void *consumer(void *arg)
{
	(void)arg;
	for (long i = 0; i < n; i++)
		sum += get(&q[STAGES - 1]);
	return 0;
}

int main(void)
{
	pthread_t t[STAGES + 1];
	double start;
	uint64_t want;

	n = soak_count(10000000);
	for (int s = 0; s < STAGES; s++) {
		q[s].use_sem = s & 1;
		pthread_mutex_init(&q[s].lock, 0);
		pthread_cond_init(&q[s].nonempty, 0);
		pthread_cond_init(&q[s].nonfull, 0);
		sem_init(&q[s].items, 0, 0);
		sem_init(&q[s].spaces, 0, SLOTS);
	}
	start = soak_now();
	CHECK_INT(pthread_create(&t[0], 0, producer, 0), 0);
	for (long s = 1; s < STAGES; s++)
		CHECK_INT(pthread_create(&t[s], 0, stage, (void *)s), 0);
	CHECK_INT(pthread_create(&t[STAGES], 0, consumer, 0), 0);
	for (int i = 0; i <= STAGES; i++)
		pthread_join(t[i], 0);
	/* 1 + .. + n, plus (1 + .. + 6) for each item */
	want = (uint64_t)n * (n + 1) / 2 + (uint64_t)n * 21;
	CHECK(sum == want);
	soak_report("pipeline", n, start);
	return check_done();
}
