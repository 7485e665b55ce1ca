/* pthread_barrier_t: over many cycles, exactly one thread per cycle gets
 * PTHREAD_BARRIER_SERIAL_THREAD, nobody leaves a cycle before everyone
 * has arrived (each sees all the others' writes of that cycle), and the
 * barrier can be destroyed right after the serial thread returns. */
#include <errno.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define THREADS 5
#define CYCLES  200

static pthread_barrier_t b;
static int stamp[CYCLES][THREADS];      /* written before each wait */
static int serial[CYCLES], others[CYCLES], missing, bad;

static void *cycle(void *arg)
{
	long id = (long)arg;

	for (int c = 0; c < CYCLES; c++) {
		stamp[c][id] = c + 1;
		int r = pthread_barrier_wait(&b);
		if (r == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_fetch_add(&serial[c], 1, __ATOMIC_RELAXED);
		else if (r == 0)
			__atomic_fetch_add(&others[c], 1, __ATOMIC_RELAXED);
		else
			__atomic_fetch_add(&bad, 1, __ATOMIC_RELAXED);
		/* Past the barrier: every thread's write for this cycle. */
		for (int i = 0; i < THREADS; i++)
			if (stamp[c][i] != c + 1)
				__atomic_fetch_add(&missing, 1, __ATOMIC_RELAXED);
	}
	return 0;
}

static void test_cycles(void)
{
	pthread_t t[THREADS];
	int ok = 1;

	CHECK_INT(pthread_barrier_init(&b, 0, THREADS), 0);
	for (long i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, cycle, (void *)i), 0);
	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	for (int c = 0; c < CYCLES; c++)
		if (serial[c] != 1 || others[c] != THREADS - 1) {
			CHECK_INT(serial[c], 1);
			CHECK_INT(others[c], THREADS - 1);
			ok = 0;
			break;
		}
	CHECK(ok);
	CHECK_INT(missing, 0);
	CHECK_INT(bad, 0);
	TASKRT_ONLY(CHECK_INT(b.__count, 0));
	TASKRT_ONLY(CHECK_INT(b.__generation, CYCLES));
	CHECK_INT(pthread_barrier_destroy(&b), 0);
}

/* Destroy (and re-initialise, as a test loop would) right after the
 * serial return: the others must be out by then, or re-initialising the
 * generation could put one back to sleep for ever. */
static pthread_barrier_t once_b;

static void *meet(void *arg)
{
	(void)arg;
	if (pthread_barrier_wait(&once_b) == PTHREAD_BARRIER_SERIAL_THREAD) {
		pthread_barrier_destroy(&once_b);
		pthread_barrier_init(&once_b, 0, 4);
		return (void *)1L;
	}
	return 0;
}

static void test_destroy_after(void)
{
	for (int round = 0; round < 20; round++) {
		pthread_t t[3];
		long serials = 0;
		void *r;

		CHECK_INT(pthread_barrier_init(&once_b, 0, 4), 0);
		for (int i = 0; i < 3; i++)
			CHECK_INT(pthread_create(&t[i], 0, meet, 0), 0);
		serials += (long)meet(0);
		for (int i = 0; i < 3; i++) {
			CHECK_INT(pthread_join(t[i], &r), 0);
			serials += (long)r;
		}
		CHECK_INT(serials, 1);
	}
}

/* A process-shared barrier in a MAP_SHARED page: parent and child meet
 * 100 times; each sees the other's write of the cycle, and one of the two
 * is serial each time. */
struct shared { pthread_barrier_t b; int stamp[2], serials, missing; };

static void meet_shared(struct shared *s, int me)
{
	for (int c = 1; c <= 100; c++) {
		s->stamp[me] = c;
		if (pthread_barrier_wait(&s->b) == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_fetch_add(&s->serials, 1, __ATOMIC_RELAXED);
		if (s->stamp[!me] < c)
			__atomic_fetch_add(&s->missing, 1, __ATOMIC_RELAXED);
		/* Nobody writes the next stamp before both have read this one. */
		pthread_barrier_wait(&s->b);
	}
}

static void test_pshared(void)
{
	struct shared *s = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pthread_barrierattr_t a;
	int status = -1, v = -1;
	pid_t pid;

	CHECK(s != MAP_FAILED);
	if (s == MAP_FAILED)
		return;
	CHECK_INT(pthread_barrierattr_init(&a), 0);
	CHECK_INT(pthread_barrierattr_getpshared(&a, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_INT(pthread_barrierattr_setpshared(&a, -1), EINVAL);
	CHECK_INT(pthread_barrierattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_barrierattr_getpshared(&a, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_SHARED);
	CHECK_INT(pthread_barrier_init(&s->b, &a, 2), 0);
	s->serials = s->missing = 0;
	pid = fork();
	if (pid == 0) {
		meet_shared(s, 1);
		_exit(0);
	}
	CHECK(pid > 0);
	if (pid < 0)
		return;
	meet_shared(s, 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(status, 0);
	CHECK_INT(s->serials, 100);
	CHECK_INT(s->missing, 0);
	CHECK_INT(pthread_barrier_destroy(&s->b), 0);
	munmap(s, 4096);
}

int main(void)
{
	pthread_barrierattr_t a;
	pthread_barrier_t one;

	(void)check_skip;
	CHECK_INT(pthread_barrierattr_init(&a), 0);
	CHECK_INT(pthread_barrier_init(&one, &a, 0), EINVAL);
	CHECK_INT(pthread_barrier_init(&one, &a, 1), 0);
	/* A barrier for one: every wait is a whole cycle, and serial. */
	for (int i = 0; i < 3; i++)
		CHECK_INT(pthread_barrier_wait(&one), PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK_INT(pthread_barrier_destroy(&one), 0);
	CHECK_INT(pthread_barrierattr_destroy(&a), 0);

	test_cycles();
	test_destroy_after();
	test_pshared();
	return check_done();
}
