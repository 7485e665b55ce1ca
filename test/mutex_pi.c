/* Priority inheritance (PTHREAD_PRIO_INHERIT: FUTEX_LOCK_PI and friends)
 * and priority protection (PTHREAD_PRIO_PROTECT: the ceiling): the
 * attributes and their bad values, a PI mutex as a mutex under contention
 * (the kernel's slow path), its error kinds and deadlines, a robust PI
 * mutex whose owner dies, and the ceiling raising a real-time thread.
 *
 * qemu-user may lack PI futexes (ENOSYS): then taskrt refuses
 * PTHREAD_PRIO_INHERIT with ENOTSUP, and that part is a visible skip. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
/* <linux/futex.h>'s value: taskrt has no linux/ headers. */
#define PROBE_FUTEX_TRYLOCK_PI 8
#include "check.h"

static int pi_init(pthread_mutex_t *m, int type, int robust)
{
	pthread_mutexattr_t a;
	int r;

	pthread_mutexattr_init(&a);
	CHECK_INT(pthread_mutexattr_settype(&a, type), 0);
	CHECK_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
	if (robust)
		CHECK_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	r = pthread_mutex_init(m, &a);
	pthread_mutexattr_destroy(&a);
	return r;
}

static pthread_mutex_t pm;
static long counter;
static volatile int held, let_go;

static void *count(void *arg)
{
	for (int i = 0; i < 20000; i++) {
		if (pthread_mutex_lock(&pm) != 0)
			break;
		counter++;
		pthread_mutex_unlock(&pm);
	}
	return arg;
}

static void *hold(void *arg)
{
	CHECK_INT(pthread_mutex_lock(&pm), 0);
	__atomic_store_n(&held, 1, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&let_go, __ATOMIC_ACQUIRE))
		sched_yield();
	if (!arg)
		CHECK_INT(pthread_mutex_unlock(&pm), 0);
	return 0;                   /* arg: die holding it */
}

static void start_holder(pthread_t *t, void *die)
{
	held = let_go = 0;
	CHECK_INT(pthread_create(t, 0, hold, die), 0);
	while (!__atomic_load_n(&held, __ATOMIC_ACQUIRE))
		sched_yield();
}

static void test_pi(void)
{
	pthread_t t[4];
	struct timespec at;
	int robust_ok;

	CHECK_INT(pi_init(&pm, PTHREAD_MUTEX_ERRORCHECK, 0), 0);
	CHECK_INT(pthread_mutex_lock(&pm), 0);
	CHECK_INT(pthread_mutex_lock(&pm), EDEADLK);
	CHECK_INT(pthread_mutex_trylock(&pm), EDEADLK);   /* glibc's answer */
	CHECK_INT(pthread_mutex_unlock(&pm), 0);
	CHECK_INT(pthread_mutex_unlock(&pm), EPERM);

	/* Contended: the kernel queues and hands over. */
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_create(&t[i], 0, count, 0), 0);
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	CHECK_INT(counter, 80000);

	/* Held by another thread: busy, deadlines, bad deadlines. */
	start_holder(&t[0], 0);
	CHECK_INT(pthread_mutex_trylock(&pm), EBUSY);
	CHECK_INT(pthread_mutex_unlock(&pm), EPERM);
	at = in_ms(CLOCK_REALTIME, 20);
	CHECK_INT(pthread_mutex_timedlock(&pm, &at), ETIMEDOUT);
	CHECK(now_ns(CLOCK_REALTIME) >= ts_ns(at));
	at = in_ms(CLOCK_MONOTONIC, 20);
	CHECK_INT(pthread_mutex_clocklock(&pm, CLOCK_MONOTONIC, &at), ETIMEDOUT);
	CHECK(now_ns(CLOCK_MONOTONIC) >= ts_ns(at));
	at.tv_nsec = -1;
	CHECK_INT(pthread_mutex_timedlock(&pm, &at), EINVAL);
	CHECK_INT(pthread_mutex_clocklock(&pm, CLOCK_PROCESS_CPUTIME_ID, &at), EINVAL);
	__atomic_store_n(&let_go, 1, __ATOMIC_RELEASE);
	CHECK_INT(pthread_mutex_lock(&pm), 0);        /* sleeps until handed over */
	CHECK_INT(pthread_mutex_unlock(&pm), 0);
	CHECK_INT(pthread_join(t[0], 0), 0);
	CHECK_INT(pthread_mutex_destroy(&pm), 0);

	/* Recursive. */
	CHECK_INT(pi_init(&pm, PTHREAD_MUTEX_RECURSIVE, 0), 0);
	CHECK_INT(pthread_mutex_lock(&pm), 0);
	CHECK_INT(pthread_mutex_lock(&pm), 0);
	CHECK_INT(pthread_mutex_unlock(&pm), 0);
	CHECK_INT(pthread_mutex_unlock(&pm), 0);
	CHECK_INT(pthread_mutex_unlock(&pm), EPERM);

	/* Robust and PI: the kernel marks the word of a dead owner. */
	robust_ok = syscall(SYS_set_robust_list, (void *)0, (size_t)1) != -1 || errno != ENOSYS;
	if (!robust_ok) {
		check_puts("mutex_pi: no robust PI part (set_robust_list is ENOSYS)\n");
		return;
	}
	CHECK_INT(pi_init(&pm, PTHREAD_MUTEX_NORMAL, 1), 0);
	start_holder(&t[0], (void *)1);
	__atomic_store_n(&let_go, 1, __ATOMIC_RELEASE);
	CHECK_INT(pthread_mutex_lock(&pm), EOWNERDEAD);
	CHECK_INT(pthread_mutex_consistent(&pm), 0);
	CHECK_INT(pthread_mutex_unlock(&pm), 0);
	CHECK_INT(pthread_join(t[0], 0), 0);
	CHECK_INT(pthread_mutex_lock(&pm), 0);
	CHECK_INT(pthread_mutex_unlock(&pm), 0);
}

static int my_priority(void)
{
	struct sched_param p = { -1 };

	sched_getparam(0, &p);
	return p.sched_priority;
}

static void *lock_as_other(void *m)
{
	CHECK_INT(sched_getscheduler(0), SCHED_OTHER);
	CHECK_INT(pthread_mutex_lock(m), EINVAL);
	return 0;
}

static void test_protect(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m, plain = PTHREAD_MUTEX_INITIALIZER;
	struct sched_param p = { 5 };
	int c = -1, old = -1;
	pthread_t t;

	pthread_mutexattr_init(&a);
	CHECK_INT(pthread_mutexattr_getprioceiling(&a, &c), 0);
	CHECK_INT(c, sched_get_priority_min(SCHED_FIFO));
	CHECK_INT(pthread_mutexattr_setprioceiling(&a, 0), EINVAL);
	CHECK_INT(pthread_mutexattr_setprioceiling(&a, -1), EINVAL);
	CHECK_INT(pthread_mutexattr_setprioceiling(&a, sched_get_priority_max(SCHED_FIFO) + 1), EINVAL);
	CHECK_INT(pthread_mutexattr_setprioceiling(&a, 10), 0);
	CHECK_INT(pthread_mutexattr_getprioceiling(&a, &c), 0);
	CHECK_INT(c, 10);
	CHECK_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_PROTECT), 0);
	CHECK_INT(pthread_mutexattr_getprotocol(&a, &c), 0);
	CHECK_INT(c, PTHREAD_PRIO_PROTECT);
	CHECK_INT(pthread_mutex_init(&m, &a), 0);
	CHECK_INT(pthread_mutex_getprioceiling(&m, &c), 0);
	CHECK_INT(c, 10);
	CHECK_INT(pthread_mutex_getprioceiling(&plain, &c), EINVAL);
	CHECK_INT(pthread_mutex_setprioceiling(&plain, 3, &old), EINVAL);
	CHECK_INT(pthread_mutex_setprioceiling(&m, 200, &old), EINVAL);
	CHECK_INT(pthread_mutex_setprioceiling(&m, 20, &old), 0);
	CHECK_INT(old, 10);
	CHECK_INT(pthread_mutex_getprioceiling(&m, &c), 0);
	CHECK_INT(c, 20);
	/* SCHED_OTHER cannot be raised: the kernel's EINVAL, as in glibc
	 * (in a thread of its own: glibc's failed lock leaves the ceiling
	 * in the thread's priority bookkeeping). */
	CHECK_INT(pthread_create(&t, 0, lock_as_other, &m), 0);
	CHECK_INT(pthread_join(t, 0), 0);

	if (pthread_setschedparam(pthread_self(), SCHED_FIFO, &p) != 0) {
		check_puts("mutex_pi: no SCHED_FIFO here: the ceiling's raise is not tested\n");
		return;
	}
	CHECK_INT(my_priority(), 5);
	CHECK_INT(pthread_mutex_lock(&m), 0);
	CHECK_INT(my_priority(), 20);
	CHECK_INT(pthread_mutex_unlock(&m), 0);
	CHECK_INT(my_priority(), 5);
	p.sched_priority = 0;
	CHECK_INT(pthread_setschedparam(pthread_self(), SCHED_OTHER, &p), 0);
	pthread_mutexattr_destroy(&a);
}

int main(void)
{
	pthread_mutexattr_t a;
	volatile int w = 0;
	int r = -1;

	pthread_mutexattr_init(&a);
	CHECK_INT(pthread_mutexattr_getprotocol(&a, &r), 0);
	CHECK_INT(r, PTHREAD_PRIO_NONE);
	CHECK_INT(pthread_mutexattr_setprotocol(&a, 3), EINVAL);
	CHECK_INT(pthread_mutexattr_setprotocol(&a, -1), EINVAL);
	test_protect();
	/* The probe: try-lock a free word of our own. */
	if (syscall(SYS_futex, &w, PROBE_FUTEX_TRYLOCK_PI, 0, 0, 0, 0) == -1 && errno == ENOSYS) {
		TASKRT_ONLY(CHECK_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), ENOTSUP));
		if (check_failures)
			return check_done();
		check_skip("qemu-user: FUTEX_LOCK_PI is ENOSYS (taskrt: setprotocol says ENOTSUP)");
	}
	if (check_qemu_swapped()) {
		if (check_failures)
			return check_done();
		check_skip("qemu-user, guest and host of other byte orders: the host kernel reads "
		           "the PI futex word's owner tid byte-swapped (ESRCH)");
	}
	test_pi();
	return check_done();
}
