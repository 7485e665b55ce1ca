/* pthread_mutex_t across the one-thread / many-threads boundary: a lock
 * taken while the process has one thread and released after a second one
 * exists, one taken with company (a sleeper marking the word) and
 * released alone after the others exited, a fork child's single thread,
 * and a process-shared mutex two single-threaded processes fight over.
 * taskrt takes and gives a private mutex's word without atomics while
 * the process has one thread (thread/mutex.c); none of that may show. */
#include <errno.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static volatile int stage;

static void nap(void)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };

	nanosleep(&ts, 0);
}

/* Held by main: EBUSY; after main's unlock (made with company), ours. */
static void *after_main(void *arg)
{
	long busy = pthread_mutex_trylock(&m);

	(void)arg;

	stage = 1;
	while (stage != 2)
		nap();
	if (pthread_mutex_lock(&m) != 0)
		return (void *)-1L;
	pthread_mutex_unlock(&m);
	return (void *)busy;
}

/* Locked alone, unlocked with a second thread. */
static void test_alone_then_company(void)
{
	pthread_t t;
	void *busy = 0;

	CHECK_INT(pthread_mutex_lock(&m), 0);         /* one thread */
	CHECK_INT(pthread_create(&t, 0, after_main, 0), 0);
	while (stage != 1)
		nap();
	CHECK_INT(pthread_mutex_unlock(&m), 0);       /* two threads */
	stage = 2;
	CHECK_INT(pthread_join(t, &busy), 0);
	CHECK_INT((long)busy, EBUSY);
	CHECK_INT(pthread_mutex_trylock(&m), 0);      /* alone again: free */
	CHECK_INT(pthread_mutex_trylock(&m), EBUSY);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
}

/* Holds m while main goes to sleep on it, then leaves. */
static void *hold_then_exit(void *arg)
{
	pthread_mutex_lock(&m);
	stage = 3;
	for (int i = 0; i < 5; i++)
		nap();                                /* main sleeps on m meanwhile */
	pthread_mutex_unlock(&m);
	return arg;
}

/* Locked with company (the word marked "sleepers"), unlocked alone. */
static void test_company_then_alone(void)
{
	pthread_t t;

	stage = 0;
	CHECK_INT(pthread_create(&t, 0, hold_then_exit, 0), 0);
	while (stage != 3)
		nap();
	CHECK_INT(pthread_mutex_lock(&m), 0);         /* waits for the holder */
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);       /* alone now */
	CHECK_INT(pthread_mutex_trylock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
}

/* Error-checking and recursive mutexes keep their rules alone, and in a
 * fork child, which has one thread whatever the parent had. */
static void types_alone(void)
{
	pthread_mutex_t e, r;
	pthread_mutexattr_t a;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&e, &a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&r, &a);
	CHECK_INT(pthread_mutex_unlock(&e), EPERM);
	CHECK_INT(pthread_mutex_lock(&e), 0);
	CHECK_INT(pthread_mutex_lock(&e), EDEADLK);
	CHECK_INT(pthread_mutex_trylock(&e), EBUSY);
	CHECK_INT(pthread_mutex_unlock(&e), 0);
	CHECK_INT(pthread_mutex_unlock(&e), EPERM);
	CHECK_INT(pthread_mutex_lock(&r), 0);
	CHECK_INT(pthread_mutex_trylock(&r), 0);
	CHECK_INT(pthread_mutex_unlock(&r), 0);
	CHECK_INT(pthread_mutex_unlock(&r), 0);
	CHECK_INT(pthread_mutex_unlock(&r), EPERM);
}

static void *idle(void *arg)
{
	while (stage != 4)
		nap();
	return arg;
}

/* The parent has two threads and holds m; the child has one, and can
 * unlock the m its thread held at the fork, and use it again. */
static void test_fork_child(void)
{
	int status = -1;
	pthread_t t;
	pid_t pid;

	types_alone();
	CHECK_INT(pthread_create(&t, 0, idle, 0), 0);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	pid = fork();
	if (pid == 0) {
		types_alone();
		if (pthread_mutex_unlock(&m) || pthread_mutex_trylock(&m)
		    || pthread_mutex_trylock(&m) != EBUSY || pthread_mutex_unlock(&m))
			_exit(1);
		_exit(check_done());
	}
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(status, 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	stage = 4;
	CHECK_INT(pthread_join(t, 0), 0);
}

/* Two processes of one thread each, 2,000,000 increments each under a
 * process-shared mutex: each is alone in its process, and must still
 * exclude the other. */
struct shared { pthread_mutex_t m; long n; volatile int ready; };

static void add_shared(struct shared *s)
{
	__atomic_add_fetch(&s->ready, 1, __ATOMIC_SEQ_CST);
	while (s->ready != 2)
		;                                   /* start together */
	for (int i = 0; i < 2000000; i++) {
		pthread_mutex_lock(&s->m);
		s->n++;
		pthread_mutex_unlock(&s->m);
	}
}

static void test_pshared_alone(void)
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
	pid = fork();
	if (pid == 0) {
		add_shared(s);
		_exit(0);
	}
	CHECK(pid > 0);
	if (pid > 0)
		add_shared(s);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(status, 0);
	CHECK_INT(s->n, 4000000);
	munmap(s, 4096);
}

int main(void)
{
	(void)check_skip;
	test_alone_then_company();
	test_company_then_alone();
	test_fork_child();
	test_pshared_alone();
	return check_done();
}
