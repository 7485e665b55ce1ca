/* pthread_mutex_t: exact counts under contention, the recursive and
 * error-checking rules, trylock, timedlock and its deadlines, the
 * attributes, and a process-shared mutex between a parent and its child. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define THREADS 8
#define ITERS   100000

/* 8 threads x 100,000 increments of a plain (non-atomic) counter. */
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static volatile int go;

static void *count(void *arg)
{
	(void)arg;
	/* Start together (creating a thread takes long under qemu-user: the
	 * first would otherwise be done before the last begins). */
	while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE))
		sched_yield();
	for (int i = 0; i < ITERS; i++) {
		pthread_mutex_lock(&counter_lock);
		counter++;
		pthread_mutex_unlock(&counter_lock);
	}
	return 0;
}

static void test_contention(void)
{
	pthread_t t[THREADS];

	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_create(&t[i], 0, count, 0), 0);
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	for (int i = 0; i < THREADS; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	CHECK_INT(counter, (long)THREADS * ITERS);
	TASKRT_ONLY(CHECK_INT(counter_lock.__lock, 0));
}

/* What another thread gets from a mutex the main thread holds. */
static void *try_other(void *m)
{
	return (void *)(long)pthread_mutex_trylock(m);
}

static void *try_unlock_other(void *m)
{
	long r = pthread_mutex_trylock(m);

	if (r == 0)
		r = pthread_mutex_unlock(m) ? -2 : 0;
	return (void *)r;
}

static void *unlock_other(void *m)
{
	return (void *)(long)pthread_mutex_unlock(m);
}

static long in_thread(void *(*fn)(void *), void *arg)
{
	pthread_t t;
	void *r = (void *)-1L;

	CHECK_INT(pthread_create(&t, 0, fn, arg), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	return (long)r;
}

static void init_type(pthread_mutex_t *m, int type)
{
	pthread_mutexattr_t a;

	CHECK_INT(pthread_mutexattr_init(&a), 0);
	CHECK_INT(pthread_mutexattr_settype(&a, type), 0);
	CHECK_INT(pthread_mutex_init(m, &a), 0);
	CHECK_INT(pthread_mutexattr_destroy(&a), 0);
}

static void test_normal(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

	CHECK_INT(pthread_mutex_trylock(&m), 0);
	CHECK_INT(pthread_mutex_trylock(&m), EBUSY);
	CHECK_INT(in_thread(try_other, &m), EBUSY);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	TASKRT_ONLY(CHECK_INT(m.__lock, 0));
	CHECK_INT(in_thread(try_unlock_other, &m), 0);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	TASKRT_ONLY(CHECK_INT(m.__lock, 1));                     /* uncontended: no waiter mark */
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	TASKRT_ONLY(CHECK_INT(m.__lock, 0));
	CHECK_INT(pthread_mutex_destroy(&m), 0);
}

static void test_recursive(void)
{
	pthread_mutex_t m;

	init_type(&m, PTHREAD_MUTEX_RECURSIVE);
	CHECK_INT(pthread_mutex_unlock(&m), EPERM);  /* not locked */
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(pthread_mutex_trylock(&m), 0);     /* the owner: one more level */
	CHECK_INT(pthread_mutex_timedlock(&m, &(struct timespec){ 0, 0 }), 0);
	CHECK_INT(in_thread(try_other, &m), EBUSY);
	CHECK_INT(in_thread(unlock_other, &m), EPERM);
	for (int i = 0; i < 3; i++) {
		CHECK_INT(pthread_mutex_unlock(&m), 0);
		CHECK_INT(in_thread(try_other, &m), EBUSY);   /* still held */
	}
	CHECK_INT(pthread_mutex_unlock(&m), 0);      /* the fourth: free */
	CHECK_INT(pthread_mutex_unlock(&m), EPERM);
	TASKRT_ONLY(CHECK_INT(m.__lock, 0));
	CHECK_INT(in_thread(try_other, &m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), EPERM);  /* the dead thread's */
}

static void test_errorcheck(void)
{
	pthread_mutex_t m;

	init_type(&m, PTHREAD_MUTEX_ERRORCHECK);
	CHECK_INT(pthread_mutex_unlock(&m), EPERM);  /* not locked */
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(pthread_mutex_lock(&m), EDEADLK);
	CHECK_INT(pthread_mutex_timedlock(&m, &(struct timespec){ 0, 0 }), EDEADLK);
	CHECK_INT(pthread_mutex_trylock(&m), EBUSY);
	CHECK_INT(in_thread(unlock_other, &m), EPERM);
	CHECK_INT(in_thread(try_other, &m), EBUSY);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), EPERM);
	TASKRT_ONLY(CHECK_INT(m.__lock, 0));
}

/* timedlock against a holder: times out no earlier than the deadline,
 * rejects a bad deadline only when it would have to wait. */
static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;

static void *timedlock_50ms(void *arg)
{
	long long t0 = now_ns(CLOCK_REALTIME);   /* before the deadline is set */
	struct timespec at = in_ms(CLOCK_REALTIME, 50);
	int r = pthread_mutex_timedlock(&held, &at);
	long long t1 = now_ns(CLOCK_REALTIME);

	(void)arg;
	CHECK_INT(r, ETIMEDOUT);
	CHECK(t1 >= ts_ns(at));
	CHECK(t1 - t0 >= 49000000LL);
	CHECK_INT(pthread_mutex_timedlock(&held, &(struct timespec){ 0, 1000000000L }), EINVAL);
	CHECK_INT(pthread_mutex_timedlock(&held, &(struct timespec){ 0, -1 }), EINVAL);
	CHECK_INT(pthread_mutex_timedlock(&held, &(struct timespec){ 0, 0 }), ETIMEDOUT);
	CHECK_INT(pthread_mutex_timedlock(&held, &(struct timespec){ -5, 0 }), ETIMEDOUT);
	/* The holder lets go after about 30 ms: this one gets it. */
	at = in_ms(CLOCK_REALTIME, 10000);
	CHECK_INT(pthread_mutex_timedlock(&held, &at), 0);
	CHECK_INT(pthread_mutex_unlock(&held), 0);
	return 0;
}

static void test_timedlock(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_t t;

	/* Free: taken at once, the deadline not even looked at. */
	CHECK_INT(pthread_mutex_timedlock(&m, &(struct timespec){ 0, 1000000000L }), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);

	CHECK_INT(pthread_mutex_lock(&held), 0);
	CHECK_INT(pthread_create(&t, 0, timedlock_50ms, 0), 0);
	sleep_ms(100);                  /* past its 50 ms timeout */
	sleep_ms(30);
	CHECK_INT(pthread_mutex_unlock(&held), 0);
	CHECK_INT(pthread_join(t, 0), 0);
	TASKRT_ONLY(CHECK_INT(held.__lock, 0));
}

static void test_attr(void)
{
	pthread_mutexattr_t a;
	int v = -1;

	CHECK_INT(pthread_mutexattr_init(&a), 0);
	CHECK_INT(pthread_mutexattr_gettype(&a, &v), 0);
	CHECK_INT(v, PTHREAD_MUTEX_DEFAULT);
	TASKRT_ONLY(CHECK_INT(pthread_mutexattr_settype(&a, 3), EINVAL));
	CHECK_INT(pthread_mutexattr_settype(&a, -1), EINVAL);
	CHECK_INT(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK), 0);
	CHECK_INT(pthread_mutexattr_gettype(&a, &v), 0);
	CHECK_INT(v, PTHREAD_MUTEX_ERRORCHECK);
	CHECK_INT(pthread_mutexattr_getpshared(&a, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_INT(pthread_mutexattr_setpshared(&a, 2), EINVAL);
	CHECK_INT(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_mutexattr_getpshared(&a, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_SHARED);
	CHECK_INT(pthread_mutexattr_destroy(&a), 0);
}

/* A PTHREAD_PROCESS_SHARED mutex in a MAP_SHARED page: parent and child
 * each add 20,000 under it.  Shared futex operations make the sleeper of
 * one process wakeable by the other. */
struct shared { pthread_mutex_t m; long n; };

static void add_shared(struct shared *s)
{
	for (int i = 0; i < 20000; i++) {
		pthread_mutex_lock(&s->m);
		s->n++;
		pthread_mutex_unlock(&s->m);
	}
}

static void test_pshared(void)
{
	struct shared *s = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pthread_mutexattr_t a;
	int status = -1;
	pid_t pid;

	CHECK(s != MAP_FAILED);
	if (s == MAP_FAILED)
		return;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	CHECK_INT(pthread_mutex_init(&s->m, &a), 0);
	s->n = 0;
	pid = fork();
	if (pid == 0) {
		add_shared(s);
		_exit(0);
	}
	CHECK(pid > 0);
	add_shared(s);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(status, 0);
	CHECK_INT(s->n, pid > 0 ? 40000 : 20000);
	munmap(s, 4096);
}

int main(void)
{
	(void)check_skip;
	/* Before any pthread_create: the main thread's tid is still 0 and
	 * the recursive/errorcheck owner test must fill it in itself. */
	test_errorcheck();
	test_recursive();
	test_normal();
	test_timedlock();
	test_attr();
	test_contention();
	test_pshared();
	return check_done();
}
