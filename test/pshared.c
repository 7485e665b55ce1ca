/* Process-shared synchronisation in MAP_SHARED memory across fork: a
 * mutex, a condition variable, a read-write lock, a barrier and a
 * semaphore, each used by a parent and its children at once (shared
 * futexes: a FUTEX_PRIVATE_FLAG sleeper in one process would never see
 * a wake from another), and the attributes' bad values. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define PROCS  3              /* the parent and two children */
#define ITERS  5000
#define ROUNDS 100

static struct shared {
	pthread_mutex_t m;
	pthread_cond_t c;
	pthread_rwlock_t rw;
	pthread_barrier_t b;
	sem_t ping, pong;
	long counter, rw_counter;
	int turn, serial, bad;
} *s;

static void setup(void)
{
	pthread_mutexattr_t ma;
	pthread_condattr_t ca;
	pthread_rwlockattr_t ra;
	pthread_barrierattr_t ba;
	int v = -1;

	pthread_mutexattr_init(&ma);
	CHECK_INT(pthread_mutexattr_setpshared(&ma, 2), EINVAL);
	CHECK_INT(pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_mutexattr_getpshared(&ma, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_SHARED);
	CHECK_INT(pthread_mutex_init(&s->m, &ma), 0);
	pthread_condattr_init(&ca);
	CHECK_INT(pthread_condattr_setpshared(&ca, -1), EINVAL);
	CHECK_INT(pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_cond_init(&s->c, &ca), 0);
	pthread_rwlockattr_init(&ra);
	CHECK_INT(pthread_rwlockattr_setpshared(&ra, 2), EINVAL);
	CHECK_INT(pthread_rwlockattr_setpshared(&ra, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_rwlock_init(&s->rw, &ra), 0);
	pthread_barrierattr_init(&ba);
	CHECK_INT(pthread_barrierattr_setpshared(&ba, 2), EINVAL);
	CHECK_INT(pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_barrier_init(&s->b, &ba, 0), EINVAL);
	CHECK_INT(pthread_barrier_init(&s->b, &ba, PROCS), 0);
	CHECK_INT(sem_init(&s->ping, 1, 0), 0);
	CHECK_INT(sem_init(&s->pong, 1, 0), 0);
	errno = 0;
	CHECK_INT(sem_init(&s->pong, 1, (unsigned)SEM_VALUE_MAX + 1), -1);
	CHECK_INT(errno, EINVAL);
}

/* What every process does; a failure sets s->bad. */
static void work(int id)
{
	int r;

	/* The barrier: ROUNDS rounds, one serial thread in each. */
	for (int i = 0; i < ROUNDS; i++) {
		r = pthread_barrier_wait(&s->b);
		if (r == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_fetch_add(&s->serial, 1, __ATOMIC_RELAXED);
		else if (r != 0)
			s->bad = 1;
	}
	/* The mutex: exact counts. */
	for (int i = 0; i < ITERS; i++) {
		pthread_mutex_lock(&s->m);
		s->counter++;
		pthread_mutex_unlock(&s->m);
	}
	/* The write lock: exact counts; readers see no torn state. */
	for (int i = 0; i < ITERS / 5; i++) {
		pthread_rwlock_wrlock(&s->rw);
		s->rw_counter++;
		pthread_rwlock_unlock(&s->rw);
		pthread_rwlock_rdlock(&s->rw);
		if (s->rw_counter <= 0)
			s->bad = 1;
		pthread_rwlock_unlock(&s->rw);
	}
	/* The condvar: each process waits for its turn, ROUNDS times. */
	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&s->m);
		while (s->turn % PROCS != id)
			pthread_cond_wait(&s->c, &s->m);
		s->turn++;
		pthread_cond_broadcast(&s->c);
		pthread_mutex_unlock(&s->m);
	}
	pthread_barrier_wait(&s->b);
}

int main(void)
{
	pid_t pid[PROCS];
	int v = -1;

	s = mmap(0, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	CHECK(s != MAP_FAILED);
	if (s == MAP_FAILED)
		return check_done();
	setup();
	for (int i = 1; i < PROCS; i++)
		if ((pid[i] = fork()) == 0) {
			work(i);
			_exit(0);
		}
	work(0);
	for (int i = 1; i < PROCS; i++)
		CHECK_INT(check_exit_status(pid[i]), 0);
	CHECK_INT(s->bad, 0);
	CHECK_INT(s->serial, ROUNDS);
	CHECK_INT(s->counter, PROCS * ITERS);
	CHECK_INT(s->rw_counter, PROCS * (ITERS / 5));
	CHECK_INT(s->turn, PROCS * ROUNDS);

	/* The semaphores: a ping-pong with a child, each side asleep in turn. */
	if ((pid[1] = fork()) == 0) {
		for (int i = 0; i < ROUNDS; i++)
			if (sem_wait(&s->ping) != 0 || sem_post(&s->pong) != 0)
				_exit(1);
		_exit(0);
	}
	for (int i = 0; i < ROUNDS; i++) {
		CHECK_INT(sem_post(&s->ping), 0);
		CHECK_INT(sem_wait(&s->pong), 0);
	}
	CHECK_INT(check_exit_status(pid[1]), 0);
	CHECK_INT(sem_getvalue(&s->ping, &v), 0);
	CHECK_INT(v, 0);

	CHECK_INT(pthread_barrier_destroy(&s->b), 0);
	CHECK_INT(pthread_rwlock_destroy(&s->rw), 0);
	CHECK_INT(pthread_cond_destroy(&s->c), 0);
	CHECK_INT(pthread_mutex_destroy(&s->m), 0);
	CHECK_INT(sem_destroy(&s->ping), 0);
	munmap(s, sizeof *s);
	return check_done();
}
