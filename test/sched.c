/* Scheduling attributes and the sched_* calls behind them: scope (PROCESS
 * is ENOTSUP), inheritance, policy, priority; priority ranges from the
 * kernel; pthread_get/setschedparam on the main thread (before and after
 * it learns its tid), on a live thread and on one that has exited. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include "check.h"

static int release[2];   /* a pipe */

/* Blocks in read() (not a spin: a SCHED_FIFO spinner could starve main
 * on a machine with one CPU). */
static void *wait_for_release(void *arg)
{
	char c;

	read(release[0], &c, 1);
	return arg;
}

static void *quick(void *arg) { return arg; }

int main(void)
{
	pthread_attr_t attr;
	struct sched_param param = { 0 };
	struct timespec ms = { 0, 1000000 };
	pthread_t t;
	int v, policy, i, r;

	/* defaults */
	CHECK_INT(pthread_attr_init(&attr), 0);
	CHECK_INT(pthread_attr_getscope(&attr, &v), 0);
	CHECK_INT(v, PTHREAD_SCOPE_SYSTEM);
	CHECK_INT(pthread_attr_getinheritsched(&attr, &v), 0);
	CHECK_INT(v, PTHREAD_INHERIT_SCHED);
	CHECK_INT(pthread_attr_getschedpolicy(&attr, &v), 0);
	CHECK_INT(v, SCHED_OTHER);
	CHECK_INT(pthread_attr_getschedparam(&attr, &param), 0);
	CHECK_INT(param.sched_priority, 0);

	/* setters: valid values stick, others are refused */
	CHECK_INT(pthread_attr_setscope(&attr, PTHREAD_SCOPE_PROCESS), ENOTSUP);
	CHECK_INT(pthread_attr_setscope(&attr, 7), EINVAL);
	CHECK_INT(pthread_attr_setscope(&attr, PTHREAD_SCOPE_SYSTEM), 0);
	CHECK_INT(pthread_attr_getscope(&attr, &v), 0);
	CHECK_INT(v, PTHREAD_SCOPE_SYSTEM);
	CHECK_INT(pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED), 0);
	CHECK_INT(pthread_attr_getinheritsched(&attr, &v), 0);
	CHECK_INT(v, PTHREAD_EXPLICIT_SCHED);
	CHECK_INT(pthread_attr_setinheritsched(&attr, 2), EINVAL);
	CHECK_INT(pthread_attr_setschedpolicy(&attr, SCHED_FIFO), 0);
	CHECK_INT(pthread_attr_getschedpolicy(&attr, &v), 0);
	CHECK_INT(v, SCHED_FIFO);
	CHECK_INT(pthread_attr_setschedpolicy(&attr, SCHED_RR), 0);
	CHECK_INT(pthread_attr_getschedpolicy(&attr, &v), 0);
	CHECK_INT(v, SCHED_RR);
	CHECK_INT(pthread_attr_setschedpolicy(&attr, SCHED_BATCH), EINVAL);
	CHECK_INT(pthread_attr_setschedpolicy(&attr, -1), EINVAL);
	CHECK_INT(pthread_attr_getschedpolicy(&attr, &v), 0);
	CHECK_INT(v, SCHED_RR);
	param.sched_priority = 42;
	CHECK_INT(pthread_attr_setschedparam(&attr, &param), 0);
	param.sched_priority = 0;
	CHECK_INT(pthread_attr_getschedparam(&attr, &param), 0);
	CHECK_INT(param.sched_priority, 42);
	CHECK_INT(pthread_attr_destroy(&attr), 0);

	/* priority ranges, as the kernel gives them */
	CHECK_INT(sched_get_priority_min(SCHED_OTHER), 0);
	CHECK_INT(sched_get_priority_max(SCHED_OTHER), 0);
	CHECK_INT(sched_get_priority_min(SCHED_FIFO), 1);
	CHECK_INT(sched_get_priority_max(SCHED_FIFO), 99);
	CHECK_INT(sched_get_priority_min(SCHED_RR), 1);
	CHECK_INT(sched_get_priority_max(SCHED_RR), 99);
	errno = 0;
	CHECK_INT(sched_get_priority_max(12345), -1);
	CHECK_INT(errno, EINVAL);

	/* the main thread before any pthread_create: its tid is not known
	 * to taskrt yet, so these go through gettid */
	policy = -1;
	param.sched_priority = -1;
	CHECK_INT(pthread_getschedparam(pthread_self(), &policy, &param), 0);
	CHECK_INT(policy, SCHED_OTHER);
	CHECK_INT(param.sched_priority, 0);
	param.sched_priority = 0;
	CHECK_INT(pthread_setschedparam(pthread_self(), SCHED_OTHER, &param), 0);
	param.sched_priority = 5;                /* SCHED_OTHER has only 0 */
	CHECK_INT(pthread_setschedparam(pthread_self(), SCHED_OTHER, &param), EINVAL);
	CHECK_INT(sched_getscheduler(0), SCHED_OTHER);
	CHECK_INT(sched_getparam(0, &param), 0);
	CHECK_INT(param.sched_priority, 0);
	CHECK_INT(sched_setscheduler(0, SCHED_OTHER, &param), 0);
	CHECK_INT(sched_setparam(0, &param), 0);

	/* a live thread; real time needs privilege: EPERM, or success */
	CHECK_INT(pipe(release), 0);
	CHECK_INT(pthread_create(&t, 0, wait_for_release, 0), 0);
	CHECK_INT(pthread_getschedparam(t, &policy, &param), 0);
	CHECK_INT(policy, SCHED_OTHER);
	param.sched_priority = 1;
	r = pthread_setschedparam(t, SCHED_FIFO, &param);
	CHECK(r == 0 || r == EPERM);
	if (r == 0) {
		CHECK_INT(pthread_getschedparam(t, &policy, &param), 0);
		CHECK_INT(policy, SCHED_FIFO);
		CHECK_INT(param.sched_priority, 1);
		param.sched_priority = 0;
		CHECK_INT(pthread_setschedparam(t, SCHED_OTHER, &param), 0);
	}
	CHECK_INT(write(release[1], "", 1), 1);
	CHECK_INT(pthread_join(t, 0), 0);

	/* a thread that has exited, not yet joined: ESRCH */
	CHECK_INT(pthread_create(&t, 0, quick, 0), 0);
	for (i = 0; i < 10000 && pthread_kill(t, 0) == 0; i++)
		nanosleep(&ms, 0);
	CHECK_INT(pthread_getschedparam(t, &policy, &param), ESRCH);
	CHECK_INT(pthread_setschedparam(t, SCHED_OTHER, &param), ESRCH);
	CHECK_INT(pthread_join(t, 0), 0);
	return check_done();
}
