/* pthread_attr_setaffinity_np / getaffinity_np: a thread created with a
 * CPU set runs on those CPUs from its first instruction; an attribute
 * without one reports every CPU; a set the kernel refuses (no CPU that
 * exists) makes pthread_create fail with EINVAL, as glibc. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include "check.h"

static cpu_set_t seen;
static void *report(void *arg)
{
	(void)arg;
	sched_getaffinity(0, sizeof seen, &seen);
	return 0;
}

int main(void)
{
	pthread_attr_t attr;
	cpu_set_t mine, one, got;
	pthread_t t;
	int cpu;

	CHECK_INT(sched_getaffinity(0, sizeof mine, &mine), 0);
	for (cpu = 0; cpu < CPU_SETSIZE && !CPU_ISSET(cpu, &mine); cpu++)
		;
	CHECK(cpu < CPU_SETSIZE);
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);

	CHECK_INT(pthread_attr_init(&attr), 0);
	/* No set yet: every CPU, in whatever size is asked. */
	memset(&got, 0, sizeof got);
	CHECK_INT(pthread_attr_getaffinity_np(&attr, sizeof got, &got), 0);
	CHECK_INT(CPU_COUNT(&got), CPU_SETSIZE);

	CHECK_INT(pthread_attr_setaffinity_np(&attr, sizeof one, &one), 0);
	memset(&got, 0xff, sizeof got);
	CHECK_INT(pthread_attr_getaffinity_np(&attr, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &one));
	CHECK_INT(pthread_create(&t, &attr, report, 0), 0);
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK(CPU_EQUAL(&seen, &one));             /* the thread's own set */
	CHECK_INT(sched_getaffinity(0, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &mine));             /* the creator's untouched */

	/* A smaller buffer that cannot hold the CPU: EINVAL. */
	if (cpu >= 8) {
		unsigned char small;
		CHECK_INT(pthread_attr_getaffinity_np(&attr, 1, (cpu_set_t *)&small), EINVAL);
	}

	/* No CPU that exists: the kernel refuses, and so does pthread_create. */
	CPU_ZERO(&one);
	CPU_SET(CPU_SETSIZE - 1, &one);
	CHECK_INT(pthread_attr_setaffinity_np(&attr, sizeof one, &one), 0);
	CHECK_INT(pthread_create(&t, &attr, report, 0), EINVAL);

	/* NULL forgets the set: the creator's again. */
	CHECK_INT(pthread_attr_setaffinity_np(&attr, 0, 0), 0);
	CHECK_INT(pthread_attr_getaffinity_np(&attr, sizeof got, &got), 0);
	CHECK_INT(CPU_COUNT(&got), CPU_SETSIZE);
	CHECK_INT(pthread_create(&t, &attr, report, 0), 0);
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK(CPU_EQUAL(&seen, &mine));
	CHECK_INT(pthread_attr_destroy(&attr), 0);
	return check_done();
}
