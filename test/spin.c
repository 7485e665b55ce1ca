/* pthread_spinlock_t: trylock says EBUSY while held, and 4 threads x
 * 100,000 increments under the lock give the exact count.  (With more
 * threads than cores, a spinner can burn the CPU the preempted holder
 * needs: spin locks are for short sections on spare cores.) */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include "check.h"

#define THREADS 4
#define ITERS   100000

static pthread_spinlock_t s;
static long counter;
static volatile int go;

static void *count(void *arg)
{
	(void)arg;
	while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE))
		sched_yield();
	for (int i = 0; i < ITERS; i++) {
		pthread_spin_lock(&s);
		counter++;
		pthread_spin_unlock(&s);
	}
	return 0;
}

static void *try_other(void *arg)
{
	(void)arg;
	return (void *)(long)pthread_spin_trylock(&s);
}

int main(void)
{
	pthread_t t[THREADS];
	void *r = 0;

	(void)check_skip;
	CHECK_INT(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE), 0);
	CHECK_INT(pthread_spin_trylock(&s), 0);
	CHECK_INT(pthread_spin_trylock(&s), EBUSY);
	CHECK_INT(pthread_create(&t[0], 0, try_other, 0), 0);
	CHECK_INT(pthread_join(t[0], &r), 0);
	CHECK_INT((long)r, EBUSY);
	CHECK_INT(pthread_spin_unlock(&s), 0);
	CHECK_INT(pthread_spin_lock(&s), 0);
	CHECK_INT(pthread_spin_unlock(&s), 0);

	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, count, 0), 0);
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	CHECK_INT(counter, (long)THREADS * ITERS);
	TASKRT_ONLY(CHECK_INT(s, 0));
	CHECK_INT(pthread_spin_destroy(&s), 0);
	return check_done();
}
