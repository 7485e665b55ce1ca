/* The waits with a chosen clock -- pthread_mutex_clocklock,
 * pthread_cond_clockwait, pthread_rwlock_clockrdlock/clockwrlock,
 * sem_clockwait, pthread_clockjoin_np -- and pthread_tryjoin_np and
 * pthread_timedjoin_np: each times out on CLOCK_REALTIME and
 * CLOCK_MONOTONIC (ETIMEDOUT, not before the deadline), succeeds when
 * it can, and refuses other clocks (EINVAL) and bad deadlines; and the
 * CPU-time clocks of threads and processes (pthread_getcpuclockid,
 * clock_getcpuclockid) with the kernel's encoding. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static const clockid_t clocks[] = { CLOCK_REALTIME, CLOCK_MONOTONIC };
static const clockid_t bad_clocks[] = { CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, -1, 12345 };

#define TIMES_OUT(clock, call) do { struct timespec at = in_ms(clock, 20); \
	CHECK_INT(call, ETIMEDOUT); CHECK(now_ns(clock) >= ts_ns(at)); } while (0)

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static volatile int holding, release_it;

/* Holds m and rw (written) until told to let go. */
static void *holder(void *arg)
{
	pthread_mutex_lock(&m);
	pthread_rwlock_wrlock(&rw);
	__atomic_store_n(&holding, 1, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&release_it, __ATOMIC_ACQUIRE))
		sleep_ms(1);
	pthread_rwlock_unlock(&rw);
	pthread_mutex_unlock(&m);
	return arg;
}

static void test_locks(void)
{
	struct timespec bad = { 0, 1000000000 }, at;
	pthread_t t;

	for (unsigned i = 0; i < sizeof bad_clocks / sizeof *bad_clocks; i++) {
		at = in_ms(CLOCK_REALTIME, 20);
		CHECK_INT(pthread_mutex_clocklock(&m, bad_clocks[i], &at), EINVAL);
		CHECK_INT(pthread_rwlock_clockrdlock(&rw, bad_clocks[i], &at), EINVAL);
		CHECK_INT(pthread_rwlock_clockwrlock(&rw, bad_clocks[i], &at), EINVAL);
	}
	/* Free: taken at once, whatever the deadline. */
	for (int i = 0; i < 2; i++) {
		at = in_ms(clocks[i], 20);
		CHECK_INT(pthread_mutex_clocklock(&m, clocks[i], &at), 0);
		CHECK_INT(pthread_mutex_unlock(&m), 0);
		CHECK_INT(pthread_rwlock_clockrdlock(&rw, clocks[i], &at), 0);
		CHECK_INT(pthread_rwlock_clockrdlock(&rw, clocks[i], &at), 0);
		CHECK_INT(pthread_rwlock_unlock(&rw), 0);
		CHECK_INT(pthread_rwlock_unlock(&rw), 0);
		CHECK_INT(pthread_rwlock_clockwrlock(&rw, clocks[i], &at), 0);
		CHECK_INT(pthread_rwlock_unlock(&rw), 0);
	}
	/* Held by another thread. */
	CHECK_INT(pthread_create(&t, 0, holder, 0), 0);
	while (!__atomic_load_n(&holding, __ATOMIC_ACQUIRE))
		sched_yield();
	for (int i = 0; i < 2; i++) {
		TIMES_OUT(clocks[i], pthread_mutex_clocklock(&m, clocks[i], &at));
		TIMES_OUT(clocks[i], pthread_rwlock_clockrdlock(&rw, clocks[i], &at));
		TIMES_OUT(clocks[i], pthread_rwlock_clockwrlock(&rw, clocks[i], &at));
		CHECK_INT(pthread_mutex_clocklock(&m, clocks[i], &bad), EINVAL);
		CHECK_INT(pthread_rwlock_clockrdlock(&rw, clocks[i], &bad), EINVAL);
		CHECK_INT(pthread_rwlock_clockwrlock(&rw, clocks[i], &bad), EINVAL);
	}
	TIMES_OUT(CLOCK_REALTIME, pthread_mutex_timedlock(&m, &at));
	CHECK_INT(pthread_mutex_trylock(&m), EBUSY);
	__atomic_store_n(&release_it, 1, __ATOMIC_RELEASE);
	/* Now within the deadline: it is let go in a few milliseconds. */
	at = in_ms(CLOCK_MONOTONIC, 5000);
	CHECK_INT(pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &at), 0);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(pthread_rwlock_clockwrlock(&rw, CLOCK_MONOTONIC, &at), 0);
	CHECK_INT(pthread_rwlock_unlock(&rw), 0);
	CHECK_INT(pthread_join(t, 0), 0);
}

static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static volatile int flag;

static void *signaller(void *arg)
{
	sleep_ms(10);
	pthread_mutex_lock(&m);
	flag = 1;
	pthread_cond_signal(&c);
	pthread_mutex_unlock(&m);
	return arg;
}

static void test_cond(void)
{
	struct timespec at, bad = { 0, -1 };
	pthread_t t;
	int r = 0;

	pthread_mutex_lock(&m);
	for (unsigned i = 0; i < sizeof bad_clocks / sizeof *bad_clocks; i++) {
		at = in_ms(CLOCK_REALTIME, 20);
		CHECK_INT(pthread_cond_clockwait(&c, &m, bad_clocks[i], &at), EINVAL);
	}
	for (int i = 0; i < 2; i++) {
		TIMES_OUT(clocks[i], pthread_cond_clockwait(&c, &m, clocks[i], &at));
		CHECK_INT(pthread_mutex_trylock(&m), EBUSY);      /* ours again */
		CHECK_INT(pthread_cond_clockwait(&c, &m, clocks[i], &bad), EINVAL);
	}
	/* Signalled long before the deadline. */
	CHECK_INT(pthread_create(&t, 0, signaller, 0), 0);
	at = in_ms(CLOCK_MONOTONIC, 5000);
	while (!flag && r == 0)
		r = pthread_cond_clockwait(&c, &m, CLOCK_MONOTONIC, &at);
	CHECK_INT(r, 0);
	CHECK_INT(flag, 1);
	CHECK(now_ns(CLOCK_MONOTONIC) < ts_ns(at));
	pthread_mutex_unlock(&m);
	CHECK_INT(pthread_join(t, 0), 0);
}

static void test_sem(void)
{
	struct timespec at, bad = { 0, 1000000000 };
	sem_t s;

	CHECK_INT(sem_init(&s, 0, 0), 0);
	for (unsigned i = 0; i < sizeof bad_clocks / sizeof *bad_clocks; i++) {
		at = in_ms(CLOCK_REALTIME, 20);
		errno = 0;
		CHECK_INT(sem_clockwait(&s, bad_clocks[i], &at), -1);
		CHECK_INT(errno, EINVAL);
	}
	for (int i = 0; i < 2; i++) {
		at = in_ms(clocks[i], 20);
		errno = 0;
		CHECK_INT(sem_clockwait(&s, clocks[i], &at), -1);
		CHECK_INT(errno, ETIMEDOUT);
		CHECK(now_ns(clocks[i]) >= ts_ns(at));
		errno = 0;
		CHECK_INT(sem_clockwait(&s, clocks[i], &bad), -1);
		CHECK_INT(errno, EINVAL);
		/* A token there: no wait, and the deadline is not looked at
		 * (POSIX allows either; glibc says EINVAL). */
		CHECK_INT(sem_post(&s), 0);
		TASKRT_ONLY(CHECK_INT(sem_clockwait(&s, clocks[i], &bad), 0));
		sem_trywait(&s);
	}
	CHECK_INT(sem_destroy(&s), 0);
}

/* Runs until sleeper_go is set: the join timeouts must see it alive
 * however slowly a loaded machine runs them. */
static volatile int sleeper_go;

static void *sleeper(void *arg)
{
	while (!sleeper_go)
		sleep_ms(1);
	return arg;
}

static void test_join(void)
{
	struct timespec at, bad = { 0, 1000000000 };
	pthread_t t;
	void *res = 0;
	int tag;

	CHECK_INT(pthread_create(&t, 0, sleeper, &tag), 0);
	CHECK_INT(pthread_tryjoin_np(t, &res), EBUSY);
	TIMES_OUT(CLOCK_REALTIME, pthread_timedjoin_np(t, &res, &at));
	TIMES_OUT(CLOCK_REALTIME, pthread_clockjoin_np(t, &res, CLOCK_REALTIME, &at));
	TIMES_OUT(CLOCK_MONOTONIC, pthread_clockjoin_np(t, &res, CLOCK_MONOTONIC, &at));
	at = in_ms(CLOCK_REALTIME, 20);
	for (unsigned i = 0; i < sizeof bad_clocks / sizeof *bad_clocks; i++)
		CHECK_INT(pthread_clockjoin_np(t, &res, bad_clocks[i], &at), EINVAL);
	/* (glibc ignores a malformed deadline and joins) */
	TASKRT_ONLY(CHECK_INT(pthread_timedjoin_np(t, &res, &bad), EINVAL));
	TASKRT_ONLY(CHECK_INT(pthread_clockjoin_np(t, &res, CLOCK_MONOTONIC, &bad), EINVAL));
	(void)bad;
	CHECK(res == 0);
	sleeper_go = 1;
	at = in_ms(CLOCK_MONOTONIC, 5000);
	CHECK_INT(pthread_clockjoin_np(t, &res, CLOCK_MONOTONIC, &at), 0);
	CHECK(res == &tag);

	/* tryjoin of a thread that has finished. */
	CHECK_INT(pthread_create(&t, 0, sleeper, 0), 0);
	while (pthread_tryjoin_np(t, &res) == EBUSY)
		sleep_ms(5);
	CHECK(res == 0);
	CHECK_INT(pthread_create(&t, 0, sleeper, &tag), 0);
	at = in_ms(CLOCK_REALTIME, 5000);
	CHECK_INT(pthread_timedjoin_np(t, &res, &at), 0);
	CHECK(res == &tag);
}

static void burn(void)
{
	long long end = now_ns(CLOCK_MONOTONIC) + 20000000;

	while (now_ns(CLOCK_MONOTONIC) < end)
		;
}

static volatile int cpu_stop, burnt;
static volatile long thread_tid;

/* 20 ms of this thread's own CPU time, however busy the machine. */
static void *cpu_user(void *arg)
{
	thread_tid = syscall(SYS_gettid);
	while (now_ns(CLOCK_THREAD_CPUTIME_ID) < 20000000)
		;
	burnt = 1;
	while (!cpu_stop)
		sleep_ms(1);
	return arg;
}

static void test_cpu_clocks(void)
{
	clockid_t clk = 0;
	struct timespec ts;
	pthread_t t;
	long long before;
	pid_t pid = getpid();

	/* The kernel's encoding: ~id << 3, 4 for a thread, 2 for SCHED. */
	CHECK_INT(clock_getcpuclockid(pid, &clk), 0);
	CHECK_INT(clk, (clockid_t)((unsigned)~pid << 3 | 2));
	CHECK_INT(clock_gettime(clk, &ts), 0);
	before = ts_ns(ts);
	burn();
	CHECK_INT(clock_gettime(clk, &ts), 0);
	CHECK(ts_ns(ts) > before);
	CHECK_INT(clock_getcpuclockid(0, &clk), 0);
	CHECK_INT(clock_gettime(clk, &ts), 0);
	CHECK_INT(clock_getcpuclockid(0x3ffffff0, &clk), ESRCH);

	CHECK_INT(pthread_getcpuclockid(pthread_self(), &clk), 0);
	CHECK_INT(clk, (clockid_t)((unsigned)~syscall(SYS_gettid) << 3 | 6));
	CHECK_INT(clock_gettime(clk, &ts), 0);
	CHECK(ts_ns(ts) > 0);

	CHECK_INT(pthread_create(&t, 0, cpu_user, 0), 0);
	while (!thread_tid)
		sched_yield();
	CHECK_INT(pthread_getcpuclockid(t, &clk), 0);
	CHECK_INT(clk, (clockid_t)((unsigned)~thread_tid << 3 | 6));
	while (!burnt)
		sleep_ms(1);
	CHECK_INT(clock_gettime(clk, &ts), 0);
	CHECK(ts_ns(ts) >= 20000000);
	cpu_stop = 1;
	CHECK_INT(pthread_join(t, 0), 0);
}

int main(void)
{
	test_locks();
	test_cond();
	test_sem();
	test_join();
	test_cpu_clocks();
	return check_done();
}
