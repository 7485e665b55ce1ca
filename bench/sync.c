/* sync MODE N: the synchronisation primitives besides the mutex.  Prints ns
 * per operation (the unit each mode names).
 *
 *   cond         two threads hand a turn back and forth through one mutex
 *                and one condition variable: N round trips (each side
 *                waits for its turn, takes it, signals).  ns per round trip.
 *   broadcast    8 threads wait on one condition variable; the main thread
 *                bumps a generation and broadcasts, then waits until all 8
 *                have seen it.  ns per broadcast (wake-up of all 8 included).
 *   rwlock       4 readers each take the read lock N times and check a
 *                pair the writer keeps equal; 1 writer takes the write
 *                lock N/16 times.  ns per lock+unlock (wall time / all
 *                lock+unlock pairs).
 *   sem          two threads, two semaphores: post the other's, wait on
 *                one's own.  N round trips; ns per round trip.
 *   once         N pthread_once calls on a control that has already run.
 *                ns per call.
 *   getspecific  N pthread_getspecific calls.  ns per call.
 *   tls          N increments of a volatile __thread variable.  ns per
 *                increment.
 *
 * The once, getspecific and tls loops run while a second thread exists (it
 * sleeps in a read nobody answers), so no libc takes a one-thread shortcut
 * there either.  Every mode checks its result, so a broken primitive cannot
 * post a good time.
 */
#include <pthread.h>
#include <semaphore.h>
#include <string.h>
#include <unistd.h>
#include "bench.h"

#define WAITERS 8
#define READERS 4

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER, done_cv = PTHREAD_COND_INITIALIZER;
static int turn;                /* cond: whose turn (0 main, 1 partner) */
static long rounds;             /* round trips per run (cond, sem, broadcast) */
static unsigned long generation;
static int seen;                /* broadcast: waiters that saw this generation */
static sem_t sem_a, sem_b;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static volatile long pair_a, pair_b;
static long reader_ops, writer_ops;
static volatile int torn;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile int once_runs;
static pthread_key_t key;
static __thread volatile long tls_counter;
static int never[2];

/* cond: one side of the ping-pong.  me is 0 or 1; n round trips. */
static void cond_side(int me, long n)
{
	for (long i = 0; i < n; i++) {
		pthread_mutex_lock(&m);
		while (turn != me)
			pthread_cond_wait(&cv, &m);
		turn = !me;
		pthread_cond_signal(&cv);
		pthread_mutex_unlock(&m);
	}
}

static void *cond_partner(void *arg)
{
	cond_side(1, rounds / 10 + 1);           /* warm-up, as main does */
	cond_side(1, rounds);
	return arg;
}

/* broadcast: a waiter takes every generation from 1 to total. */
static void *bcast_waiter(void *arg)
{
	unsigned long mine = 0, total = (unsigned long)(rounds / 10 + 1 + rounds);

	pthread_mutex_lock(&m);
	while (mine < total) {
		while (generation == mine)
			pthread_cond_wait(&cv, &m);
		mine = generation;
		if (++seen == WAITERS)
			pthread_cond_signal(&done_cv);
	}
	pthread_mutex_unlock(&m);
	return arg;
}

static void broadcasts(long n)
{
	for (long i = 0; i < n; i++) {
		pthread_mutex_lock(&m);
		seen = 0;
		generation++;
		pthread_cond_broadcast(&cv);
		while (seen < WAITERS)
			pthread_cond_wait(&done_cv, &m);
		pthread_mutex_unlock(&m);
	}
}

static void sem_side(sem_t *mine, sem_t *other, int first, long n)
{
	for (long i = 0; i < n; i++) {
		if (first)
			sem_post(other);
		while (sem_wait(mine) != 0)
			;                        /* EINTR: wait again */
		if (!first)
			sem_post(other);
	}
}

static void *sem_partner(void *arg)
{
	sem_side(&sem_b, &sem_a, 0, rounds / 10 + 1);
	sem_side(&sem_b, &sem_a, 0, rounds);
	return arg;
}

static void *reader(void *arg)
{
	for (long i = 0; i < reader_ops; i++) {
		pthread_rwlock_rdlock(&rw);
		if (pair_a != pair_b)
			torn = 1;
		pthread_rwlock_unlock(&rw);
	}
	return arg;
}

static void *writer(void *arg)
{
	for (long i = 0; i < writer_ops; i++) {
		pthread_rwlock_wrlock(&rw);
		pair_a++;
		pair_b++;
		pthread_rwlock_unlock(&rw);
	}
	return arg;
}

static void rwlock_run(long n)
{
	pthread_t t[READERS + 1];

	reader_ops = n;
	writer_ops = n / 16 + 1;
	for (int i = 0; i < READERS; i++)
		check(pthread_create(&t[i], 0, reader, 0), "pthread_create");
	check(pthread_create(&t[READERS], 0, writer, 0), "pthread_create");
	for (int i = 0; i <= READERS; i++)
		check(pthread_join(t[i], 0), "pthread_join");
}

static void once_body(void)
{
	once_runs++;
}

static void *idle(void *arg)
{
	char c;

	(void)!read(never[0], &c, 1);
	return arg;
}

/* The single-thread loops: once, getspecific, tls. */
static long loop(int what, long n)
{
	long sum = 0;

	for (long i = 0; i < n; i++) {
		if (what == 0)
			pthread_once(&once, once_body);
		else if (what == 1)
			sum += (long)pthread_getspecific(key);
		else
			tls_counter++;
	}
	return sum;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "cond";
	long n = count_arg(argc, argv, 2, 100000);
	unsigned long long t0 = 0, elapsed;
	long ops = n;
	pthread_t t[WAITERS];

	rounds = n;
	if (strcmp(mode, "cond") == 0) {
		check(pthread_create(&t[0], 0, cond_partner, 0), "pthread_create");
		cond_side(0, n / 10 + 1);
		t0 = now_ns();
		cond_side(0, n);
		elapsed = now_ns() - t0;
		check(pthread_join(t[0], 0), "pthread_join");
		check(turn != 0, "the ping-pong (lost a turn)");
	} else if (strcmp(mode, "broadcast") == 0) {
		for (int i = 0; i < WAITERS; i++)
			check(pthread_create(&t[i], 0, bcast_waiter, 0), "pthread_create");
		broadcasts(n / 10 + 1);
		t0 = now_ns();
		broadcasts(n);
		elapsed = now_ns() - t0;
		for (int i = 0; i < WAITERS; i++)
			check(pthread_join(t[i], 0), "pthread_join");
	} else if (strcmp(mode, "rwlock") == 0) {
		rwlock_run(n / 10 + 1);
		pair_a = pair_b = 0;
		t0 = now_ns();
		rwlock_run(n);
		elapsed = now_ns() - t0;
		check(torn || pair_a != writer_ops, "the rwlock (a reader saw a half-written pair)");
		ops = READERS * n + writer_ops;
	} else if (strcmp(mode, "sem") == 0) {
		check(sem_init(&sem_a, 0, 0) != 0 || sem_init(&sem_b, 0, 0) != 0, "sem_init");
		check(pthread_create(&t[0], 0, sem_partner, 0), "pthread_create");
		sem_side(&sem_a, &sem_b, 1, n / 10 + 1);
		t0 = now_ns();
		sem_side(&sem_a, &sem_b, 1, n);
		elapsed = now_ns() - t0;
		check(pthread_join(t[0], 0), "pthread_join");
	} else {
		int what = strcmp(mode, "once") == 0 ? 0 : strcmp(mode, "getspecific") == 0 ? 1 : 2;
		long sum;

		check(what == 2 && strcmp(mode, "tls") != 0, "a known mode");
		check(pipe(never) != 0, "pipe");
		check(pthread_create(&t[0], 0, idle, 0), "pthread_create");
		check(pthread_key_create(&key, 0), "pthread_key_create");
		check(pthread_setspecific(key, (void *)1L), "pthread_setspecific");
		loop(what, n / 10 + 1);
		tls_counter = 0;
		t0 = now_ns();
		sum = loop(what, n);
		elapsed = now_ns() - t0;
		check(what == 0 && once_runs != 1, "pthread_once (ran twice)");
		check(what == 1 && sum != n, "pthread_getspecific (a wrong value)");
		check(what == 2 && tls_counter != n, "the __thread counter");
	}
	report(elapsed, ops);
	return 0;
}
