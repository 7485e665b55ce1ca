/* Robust mutexes: an owner that dies -- a thread that exits, a process
 * that exits or is killed -- leaves the mutex to the next locker with
 * EOWNERDEAD; pthread_mutex_consistent repairs it, an unlock without it
 * makes it ENOTRECOVERABLE for good.  Threads, and a process-shared
 * mutex in MAP_SHARED memory across fork.
 *
 * The kernel's set_robust_list does the work; qemu-user answers ENOSYS,
 * and then taskrt refuses PTHREAD_MUTEX_ROBUST with ENOTSUP: a visible
 * skip, probed at run time. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <stdio.h>
#include "check.h"

static void robust_init(pthread_mutex_t *m, int type, int pshared)
{
	pthread_mutexattr_t a;

	CHECK_INT(pthread_mutexattr_init(&a), 0);
	CHECK_INT(pthread_mutexattr_settype(&a, type), 0);
	CHECK_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	CHECK_INT(pthread_mutexattr_setpshared(&a, pshared), 0);
	CHECK_INT(pthread_mutex_init(m, &a), 0);
	pthread_mutexattr_destroy(&a);
}

static void test_attr(void)
{
	pthread_mutexattr_t a;
	int r = -1;

	pthread_mutexattr_init(&a);
	CHECK_INT(pthread_mutexattr_getrobust(&a, &r), 0);
	CHECK_INT(r, PTHREAD_MUTEX_STALLED);
	CHECK_INT(pthread_mutexattr_setrobust(&a, 2), EINVAL);
	CHECK_INT(pthread_mutexattr_setrobust(&a, -1), EINVAL);
	CHECK_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	CHECK_INT(pthread_mutexattr_getrobust(&a, &r), 0);
	CHECK_INT(r, PTHREAD_MUTEX_ROBUST);
	CHECK_INT(pthread_mutexattr_setrobust_np(&a, PTHREAD_MUTEX_STALLED_NP), 0);
	CHECK_INT(pthread_mutexattr_getrobust_np(&a, &r), 0);
	CHECK_INT(r, PTHREAD_MUTEX_STALLED);
	pthread_mutexattr_destroy(&a);
}

/* A thread that locks m and exits holding it. */
static void *die_holding(void *m)
{
	CHECK_INT(pthread_mutex_lock(m), 0);
	return 0;
}

static void lose_owner(pthread_mutex_t *m)
{
	pthread_t t;

	CHECK_INT(pthread_create(&t, 0, die_holding, m), 0);
	CHECK_INT(pthread_join(t, 0), 0);
}

static void test_thread_dies(int type)
{
	pthread_mutex_t m;

	robust_init(&m, type, PTHREAD_PROCESS_PRIVATE);
	lose_owner(&m);
	CHECK_INT(pthread_mutex_lock(&m), EOWNERDEAD);
	/* locked now, but inconsistent */
	if (type == PTHREAD_MUTEX_ERRORCHECK)
		CHECK_INT(pthread_mutex_lock(&m), EDEADLK);
	CHECK_INT(pthread_mutex_consistent(&m), 0);
	CHECK_INT(pthread_mutex_consistent(&m), EINVAL);   /* consistent already */
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	/* trylock finds the dead owner too */
	lose_owner(&m);
	CHECK_INT(pthread_mutex_trylock(&m), EOWNERDEAD);
	CHECK_INT(pthread_mutex_consistent_np(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_mutex_destroy(&m), 0);
}

static void test_not_recoverable(void)
{
	pthread_mutex_t m;
	struct timespec at = in_ms(CLOCK_REALTIME, 10);

	robust_init(&m, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
	lose_owner(&m);
	CHECK_INT(pthread_mutex_lock(&m), EOWNERDEAD);
	CHECK_INT(pthread_mutex_unlock(&m), 0);          /* without consistent */
	CHECK_INT(pthread_mutex_lock(&m), ENOTRECOVERABLE);
	CHECK_INT(pthread_mutex_trylock(&m), ENOTRECOVERABLE);
	/* (glibc's timedlock sleeps out the deadline instead: ETIMEDOUT) */
	TASKRT_ONLY(CHECK_INT(pthread_mutex_timedlock(&m, &at), ENOTRECOVERABLE));
	(void)at;
	CHECK_INT(pthread_mutex_destroy(&m), 0);
}

/* A waiter asleep in lock when the owner dies is woken with EOWNERDEAD. */
static pthread_mutex_t hand;
static volatile int holding, release_it;

static void *hold_then_die(void *arg)
{
	(void)arg;
	CHECK_INT(pthread_mutex_lock(&hand), 0);
	__atomic_store_n(&holding, 1, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&release_it, __ATOMIC_ACQUIRE))
		sched_yield();
	sleep_ms(50);               /* let main fall asleep in the lock */
	return 0;                   /* dies holding it */
}

static void test_waiter_woken(void)
{
	pthread_t t;
	struct timespec at;

	robust_init(&hand, PTHREAD_MUTEX_ERRORCHECK, PTHREAD_PROCESS_PRIVATE);
	CHECK_INT(pthread_create(&t, 0, hold_then_die, 0), 0);
	while (!__atomic_load_n(&holding, __ATOMIC_ACQUIRE))
		sched_yield();
	CHECK_INT(pthread_mutex_unlock(&hand), EPERM);    /* not ours */
	CHECK_INT(pthread_mutex_trylock(&hand), EBUSY);
	at = in_ms(CLOCK_REALTIME, 20);
	CHECK_INT(pthread_mutex_timedlock(&hand, &at), ETIMEDOUT);
	at.tv_nsec = 1000000000;
	CHECK_INT(pthread_mutex_timedlock(&hand, &at), EINVAL);
	CHECK_INT(pthread_mutex_consistent(&hand), EINVAL);   /* not ours */
	__atomic_store_n(&release_it, 1, __ATOMIC_RELEASE);
	CHECK_INT(pthread_mutex_lock(&hand), EOWNERDEAD);
	CHECK_INT(pthread_mutex_consistent(&hand), 0);
	CHECK_INT(pthread_mutex_unlock(&hand), 0);
	CHECK_INT(pthread_join(t, 0), 0);
}

/* A detached thread frees its stack (and, in taskrt, its TCB and the
 * list head in it) as it exits: its mutexes still come back marked,
 * including one another thread sleeps on. */
static pthread_mutex_t det_a, det_b;
static volatile int det_locked;

static void *detached_dies(void *arg)
{
	CHECK_INT(pthread_mutex_lock(&det_a), 0);
	CHECK_INT(pthread_mutex_lock(&det_b), 0);
	__atomic_store_n(&det_locked, 1, __ATOMIC_RELEASE);
	sleep_ms(30);
	return arg;
}

static void test_detached(void)
{
	pthread_attr_t a;
	pthread_t t;
	struct timespec at;

	robust_init(&det_a, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
	robust_init(&det_b, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	CHECK_INT(pthread_create(&t, &a, detached_dies, 0), 0);
	while (!__atomic_load_n(&det_locked, __ATOMIC_ACQUIRE))
		sched_yield();
	/* asleep until it died (a deadline: fail, not hang, if never marked) */
	at = in_ms(CLOCK_REALTIME, 5000);
	CHECK_INT(pthread_mutex_timedlock(&det_b, &at), EOWNERDEAD);
	CHECK_INT(pthread_mutex_timedlock(&det_a, &at), EOWNERDEAD);
	CHECK_INT(pthread_mutex_consistent(&det_a), 0);
	CHECK_INT(pthread_mutex_consistent(&det_b), 0);
	CHECK_INT(pthread_mutex_unlock(&det_a), 0);
	CHECK_INT(pthread_mutex_unlock(&det_b), 0);
	pthread_attr_destroy(&a);
}

/* Robust and recursive: the levels count as usual, and a plain robust
 * mutex works as a mutex between threads. */
static pthread_mutex_t shared_counter_lock;
static long counter;

static void *count(void *arg)
{
	for (int i = 0; i < 20000; i++) {
		CHECK_INT(pthread_mutex_lock(&shared_counter_lock), 0);
		counter++;
		CHECK_INT(pthread_mutex_unlock(&shared_counter_lock), 0);
	}
	return arg;
}

static void test_recursive_and_count(void)
{
	pthread_mutex_t m;
	pthread_t t[4];

	robust_init(&m, PTHREAD_MUTEX_RECURSIVE, PTHREAD_PROCESS_PRIVATE);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(pthread_mutex_trylock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_mutex_unlock(&m), EPERM);
	robust_init(&shared_counter_lock, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_create(&t[i], 0, count, 0), 0);
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	CHECK_INT(counter, 80000);
}

/* Across processes: a child that exits, and one killed while the parent
 * sleeps in the lock. */
static void test_processes(void)
{
	struct { pthread_mutex_t m, m2; volatile int locked; } *s;
	pid_t pid;

	s = mmap(0, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	CHECK(s != MAP_FAILED);
	if (s == MAP_FAILED)
		return;
	robust_init(&s->m, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_SHARED);
	pid = fork();
	if (pid == 0)
		_exit(pthread_mutex_lock(&s->m));      /* exits holding it */
	CHECK_INT(check_exit_status(pid), 0);
	CHECK_INT(pthread_mutex_lock(&s->m), EOWNERDEAD);
	CHECK_INT(pthread_mutex_consistent(&s->m), 0);
	CHECK_INT(pthread_mutex_unlock(&s->m), 0);

	pid = fork();
	if (pid == 0) {
		if (pthread_mutex_lock(&s->m) != 0)
			_exit(1);
		s->locked = 1;
		sleep_ms(100);                     /* the parent is asleep by now */
		kill(getpid(), SIGKILL);
		_exit(2);
	}
	while (!s->locked)
		sched_yield();
	CHECK_INT(pthread_mutex_trylock(&s->m), EBUSY);
	if (pthread_mutex_lock(&s->m) == EOWNERDEAD)
		printf("note: the kernel's robust list woke a waiter with EOWNERDEAD when its owner was killed\n");
	else
		CHECK(!"the waiter was woken with EOWNERDEAD");
	CHECK_INT(check_exit_status(pid), 1000 + SIGKILL);
	CHECK_INT(pthread_mutex_consistent(&s->m), 0);
	CHECK_INT(pthread_mutex_unlock(&s->m), 0);

	/* A parent that holds it and forks: the child is not the owner; a
	 * mutex the child locks and dies holding comes back marked, and the
	 * parent's own is left alone. */
	robust_init(&s->m2, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_SHARED);
	CHECK_INT(pthread_mutex_lock(&s->m), 0);
	pid = fork();
	if (pid == 0)
		_exit(pthread_mutex_unlock(&s->m) != EPERM ? 1 : pthread_mutex_lock(&s->m2));
	CHECK_INT(check_exit_status(pid), 0);
	CHECK_INT(pthread_mutex_lock(&s->m2), EOWNERDEAD);
	CHECK_INT(pthread_mutex_consistent(&s->m2), 0);
	CHECK_INT(pthread_mutex_unlock(&s->m2), 0);
	CHECK_INT(pthread_mutex_unlock(&s->m), 0);
	CHECK_INT(pthread_mutex_lock(&s->m), 0);
	CHECK_INT(pthread_mutex_unlock(&s->m), 0);
	munmap(s, sizeof *s);
}

int main(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t plain = PTHREAD_MUTEX_INITIALIZER;

	/* Bad input first: it does not need the kernel's robust list. */
	CHECK_INT(pthread_mutex_consistent(&plain), EINVAL);    /* not robust */
	CHECK_INT(pthread_mutex_lock(&plain), 0);
	CHECK_INT(pthread_mutex_consistent(&plain), EINVAL);
	CHECK_INT(pthread_mutex_unlock(&plain), 0);
	/* The probe: a real kernel answers EINVAL to a bad length. */
	if (syscall(SYS_set_robust_list, (void *)0, (size_t)1) == -1 && errno == ENOSYS) {
		pthread_mutexattr_init(&a);
		TASKRT_ONLY(CHECK_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), ENOTSUP));
		if (check_failures)
			return check_done();
		check_skip("qemu-user: set_robust_list is ENOSYS (taskrt: setrobust says ENOTSUP)");
	}
	test_attr();
	test_thread_dies(PTHREAD_MUTEX_NORMAL);
	test_thread_dies(PTHREAD_MUTEX_ERRORCHECK);
	test_thread_dies(PTHREAD_MUTEX_RECURSIVE);
	test_not_recoverable();
	test_waiter_woken();
	test_detached();
	test_recursive_and_count();
	test_processes();
	return check_done();
}
