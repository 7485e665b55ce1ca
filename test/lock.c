/* test skip libc: taskrt's internal lock and futex wrappers */
/* The internal futex lock (thread/lock.c) and the futex wrappers
 * (syscall/futex.c), single-threaded, plus a cross-process wake of a
 * shared futex through fork.  Contention between threads is tested once
 * pthread_create exists. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "check.h"
#include "../internal/lock.h"
#include "../internal/futex.h"

/* CLOCK_MONOTONIC straight from the kernel (the time functions are not
 * this test's business). */
static struct timespec now(void)
{
	long long t64[2];
#ifdef SYS_clock_gettime64
	syscall(SYS_clock_gettime64, CLOCK_MONOTONIC, t64);
#else
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, t64);
#endif
	return (struct timespec){ t64[0], t64[1] };
}

/* check.h's sleep_ms, but on a futex no one wakes: nanosleep is not
 * this test's business either. */
static void futex_sleep_ms(int ms)
{
	static volatile int never;
	struct timespec ts = { 0, ms * 1000000L };

	__futex_wait(&never, 0, &ts, 1);
}

static void test_lock_states(void)
{
	static volatile int l;

	CHECK_INT(l, 0);
	__lock(&l);
	CHECK_INT(l, 1);                  /* uncontended: 1, no waiters */
	__unlock(&l);
	CHECK_INT(l, 0);

	/* Held with (pretend) waiters: unlock must free it and wake. */
	__lock(&l);
	l = 2;
	__unlock(&l);
	CHECK_INT(l, 0);
	__lock(&l);
	CHECK_INT(l, 1);
	__unlock(&l);

	for (int i = 0; i < 100000; i++) {
		__lock(&l);
		__unlock(&l);
	}
	CHECK_INT(l, 0);
}

static void test_futex_wait(void)
{
	volatile int w = 5;
	struct timespec ts = { 0, 20 * 1000000L }, past = { 0, 0 }, bad = { 0, 1000000000L };
	long long t0, t1;

	for (int priv = 0; priv <= 1; priv++) {
		/* The value differs: no sleep at all. */
		CHECK_INT(__futex_wait(&w, 4, 0, priv), -EAGAIN);
		CHECK_INT(__futex_wait(&w, 4, &ts, priv), -EAGAIN);
		CHECK_INT(__futex_wake(&w, 1, priv), 0);      /* nobody sleeps */

		/* Relative timeout: sleeps about 20 ms. */
		t0 = ts_ns(now());
		CHECK_INT(__futex_wait(&w, 5, &ts, priv), -ETIMEDOUT);
		t1 = ts_ns(now());
		CHECK(t1 - t0 >= 19000000LL);
		CHECK(t1 - t0 < 5000000000LL);
		CHECK_INT(__futex_wait(&w, 5, &bad, priv), -EINVAL);

		/* Absolute deadlines: 20 ms from now, and one long past. */
		struct timespec until = now();
		until.tv_nsec += 20000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		CHECK_INT(__futex_wait_until(&w, 5, CLOCK_MONOTONIC, &until, priv), -ETIMEDOUT);
		CHECK(ts_ns(now()) >= ts_ns(until));
		CHECK_INT(__futex_wait_until(&w, 5, CLOCK_MONOTONIC, &past, priv), -ETIMEDOUT);
		CHECK_INT(__futex_wait_until(&w, 5, CLOCK_REALTIME, &past, priv), -ETIMEDOUT);
		CHECK_INT(__futex_wait_until(&w, 4, CLOCK_REALTIME, &past, priv), -EAGAIN);
		CHECK_INT(__futex_wait_until(&w, 5, 12345, &past, priv), -EINVAL);
	}
}

/* A child process sleeps on a shared futex (MAP_SHARED page, priv = 0);
 * the parent wakes it: the wake must report exactly one sleeper woken. */
static void test_shared_wake(void)
{
	volatile int *w = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int status = -1, woken = 0;
	long pid;

	CHECK(w != MAP_FAILED);
	if (w == MAP_FAILED)
		return;
	w[0] = 0;                         /* the futex */
	w[1] = 0;                         /* the child's "about to sleep" */
	/* A plain fork (not a raw clone: its argument order differs by
	 * arch, s390x's takes the stack first). */
	pid = fork();
	if (pid == 0) {
		__atomic_store_n(&w[1], 1, __ATOMIC_SEQ_CST);
		_exit(__futex_wait(&w[0], 0, 0, 0) == 0 ? 0 : 1);
	}
	CHECK(pid > 0);
	if (pid < 0)
		return;
	while (!__atomic_load_n(&w[1], __ATOMIC_SEQ_CST))
		futex_sleep_ms(1);
	/* Once it sleeps, a wake finds it (w[0] stays 0 throughout). */
	for (int i = 0; i < 1000 && woken == 0; i++) {
		futex_sleep_ms(2);
		woken = __futex_wake(&w[0], 1, 0);
	}
	CHECK_INT(woken, 1);
	CHECK_INT(syscall(SYS_wait4, pid, &status, 0, 0), pid);
	CHECK_INT(status, 0);             /* exited 0: its wait returned 0 */
	munmap((void *)w, 4096);
}

int main(void)
{
	(void)check_skip;                 /* check.h: unused here */
	test_lock_states();
	test_futex_wait();
	test_shared_wake();
	return check_done();
}
