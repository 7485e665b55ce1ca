/* CPU sets and affinity: every CPU_* macro (plain, _S, and the _ALLOC
 * forms), sched_getaffinity/setaffinity and their pthread_*_np forms on
 * the caller and on another thread, sched_getcpu on a pinned thread, and
 * the bad input: an empty set, sizes the kernel cannot use, a pid that
 * does not exist. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static void test_macros(void)
{
	cpu_set_t a, b, c;
	cpu_set_t *big;
	size_t size;

	CHECK_INT(CPU_SETSIZE, 1024);
	CHECK_INT(sizeof(cpu_set_t), 128);
	CPU_ZERO(&a);
	CHECK_INT(CPU_COUNT(&a), 0);
	CPU_SET(0, &a);
	CPU_SET(63, &a);
	CPU_SET(64, &a);
	CPU_SET(1023, &a);
	CPU_SET(1024, &a);                  /* past the end: ignored */
	CHECK_INT(CPU_COUNT(&a), 4);
	CHECK(CPU_ISSET(63, &a) && CPU_ISSET(64, &a) && CPU_ISSET(1023, &a));
	CHECK(!CPU_ISSET(1, &a) && !CPU_ISSET(1024, &a) && !CPU_ISSET(100000, &a));
	CPU_CLR(63, &a);
	CPU_CLR(5000, &a);
	CHECK(!CPU_ISSET(63, &a));
	CHECK_INT(CPU_COUNT(&a), 3);

	CPU_ZERO(&b);
	CPU_SET(0, &b);
	CPU_SET(7, &b);
	CPU_AND(&c, &a, &b);
	CHECK_INT(CPU_COUNT(&c), 1);
	CHECK(CPU_ISSET(0, &c));
	CPU_OR(&c, &a, &b);
	CHECK_INT(CPU_COUNT(&c), 4);
	CPU_XOR(&c, &a, &b);
	CHECK_INT(CPU_COUNT(&c), 3);
	CHECK(!CPU_ISSET(0, &c) && CPU_ISSET(7, &c));
	CHECK(CPU_EQUAL(&a, &a));
	CHECK(!CPU_EQUAL(&a, &b));
	memcpy(&c, &a, sizeof c);
	CHECK(CPU_EQUAL(&c, &a));

	/* Dynamic sets: whole words, at least count bits. */
	size = CPU_ALLOC_SIZE(2000);
	CHECK_INT(size, (2000 + 8 * sizeof(long) - 1) / (8 * sizeof(long)) * sizeof(long));
	CHECK_INT(CPU_ALLOC_SIZE(1), sizeof(long));
	big = CPU_ALLOC(2000);
	CHECK(big != 0);
	if (!big)
		return;
	CPU_ZERO_S(size, big);
	CHECK_INT(CPU_COUNT_S(size, big), 0);
	CPU_SET_S(1999, size, big);
	CPU_SET_S(1500, size, big);
	CPU_SET_S(size * 8, size, big);     /* past the end */
	CHECK_INT(CPU_COUNT_S(size, big), 2);
	CHECK(CPU_ISSET_S(1999, size, big));
	CHECK(!CPU_ISSET_S(size * 8, size, big));
	CPU_CLR_S(1500, size, big);
	CHECK_INT(CPU_COUNT_S(size, big), 1);
	CHECK(CPU_EQUAL_S(size, big, big));
	CPU_XOR_S(size, big, big, big);
	CHECK_INT(CPU_COUNT_S(size, big), 0);
	CPU_FREE(big);
}

static volatile int stop;

static void *spin(void *arg)
{
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED))
		sched_yield();
	return arg;
}

static void test_affinity(void)
{
	cpu_set_t all, one, got;
	cpu_set_t *big;
	size_t bigsize = CPU_ALLOC_SIZE(4096);
	pthread_t t;
	int first = -1, cpu;

	CHECK_INT(sched_getaffinity(0, sizeof all, &all), 0);
	CHECK(CPU_COUNT(&all) >= 1);
	cpu = sched_getcpu();
	CHECK(cpu >= 0);
	CHECK(CPU_ISSET(cpu, &all));
	for (int i = 0; i < CPU_SETSIZE && first < 0; i++)
		if (CPU_ISSET(i, &all))
			first = i;

	/* Pinned to one CPU: the kernel moves us there before returning. */
	CPU_ZERO(&one);
	CPU_SET(first, &one);
	CHECK_INT(sched_setaffinity(0, sizeof one, &one), 0);
	CHECK_INT(sched_getcpu(), first);
	CHECK_INT(sched_getaffinity(0, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &one));
	CHECK_INT(pthread_getaffinity_np(pthread_self(), sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &one));
	CHECK_INT(pthread_setaffinity_np(pthread_self(), sizeof all, &all), 0);
	CHECK_INT(sched_getaffinity(0, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &all));

	/* A bigger set than the kernel's: the rest reads as cleared. */
	big = CPU_ALLOC(4096);
	memset(big, 0xff, bigsize);
	CHECK_INT(sched_getaffinity(0, bigsize, big), 0);
	CHECK_INT(CPU_COUNT_S(bigsize, big), CPU_COUNT(&all));
	CHECK(!CPU_ISSET_S(4095, bigsize, big));
	CPU_FREE(big);

	/* Another thread: a new one inherits ours; pin it. */
	CHECK_INT(pthread_create(&t, 0, spin, 0), 0);
	CHECK_INT(pthread_getaffinity_np(t, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &all));
	CHECK_INT(pthread_setaffinity_np(t, sizeof one, &one), 0);
	CHECK_INT(pthread_getaffinity_np(t, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &one));
	CHECK_INT(sched_getaffinity(0, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &all));                 /* ours unchanged */

	/* Bad input. */
	CPU_ZERO(&got);
	errno = 0;
	CHECK_INT(sched_setaffinity(0, sizeof got, &got), -1);   /* no CPU at all */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(pthread_setaffinity_np(t, sizeof got, &got), EINVAL);
	errno = 0;
	CHECK_INT(sched_getaffinity(0, 1, &got), -1);            /* not whole words */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(pthread_getaffinity_np(t, 0, &got), EINVAL);
	errno = 0;
	CHECK_INT(sched_getaffinity(0x3ffffff0, sizeof got, &got), -1);
	CHECK_INT(errno, ESRCH);
	errno = 0;
	CHECK_INT(sched_setaffinity(0x3ffffff0, sizeof all, &all), -1);
	CHECK_INT(errno, ESRCH);

	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	CHECK_INT(pthread_join(t, 0), 0);
}

int main(void)
{
	test_macros();
	test_affinity();
	return check_done();
}
