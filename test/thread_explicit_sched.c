/* PTHREAD_EXPLICIT_SCHED: pthread_create applies the attribute's policy
 * and priority before the thread runs, and fails (with no thread left
 * behind) where the kernel refuses them, as glibc:
 *
 *   SCHED_FIFO 1 with privilege      0, and the thread runs SCHED_FIFO 1
 *   SCHED_FIFO 1 without privilege   EPERM (a child process that lowered
 *                                    RLIMIT_RTPRIO to 0 and dropped root)
 *   SCHED_FIFO 0, SCHED_OTHER 1      EINVAL (no such priority)
 *
 * The thread checks its own policy first thing, so "0 but the thread ran
 * under the creator's policy for a while" fails too.  Under qemu-user the
 * sched_* calls reach the host kernel with the host tid: the same test.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static volatile int ran, seen_policy, seen_priority;

static void *report(void *arg)
{
	struct sched_param sp;

	seen_policy = sched_getscheduler(0);
	sched_getparam(0, &sp);
	seen_priority = sp.sched_priority;
	ran++;
	return arg;
}

/* pthread_create with an explicit policy; joins (or, detached, waits for)
 * the thread when one was made. */
static int create_explicit(int policy, int priority, int detached)
{
	struct sched_param sp = { .sched_priority = priority };
	pthread_attr_t attr;
	pthread_t t;
	int r, before = ran;

	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED), 0);
	CHECK_INT(pthread_attr_setschedpolicy(&attr, policy), 0);
	/* glibc checks the priority against the policy here already (EINVAL);
	 * taskrt at pthread_create, with the kernel's answer. */
	r = pthread_attr_setschedparam(&attr, &sp);
	TASKRT_ONLY(CHECK_INT(r, 0));
	if (detached)
		pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	seen_policy = seen_priority = -1;
	r = pthread_create(&t, &attr, report, 0);
	if (r == 0 && !detached)
		CHECK_INT(pthread_join(t, 0), 0);
	if (r == 0 && detached)
		while (ran == before)
			usleep(1000);
	if (r != 0) {
		usleep(20000);
		CHECK_INT(ran, before);          /* a refused thread never ran */
	}
	return r;
}

/* May this process use SCHED_FIFO at all?  Ask in a child, so that this
 * process's own policy stays as it is. */
static int may_use_fifo(void)
{
	struct sched_param sp = { .sched_priority = 1 };
	int status;
	pid_t pid = fork();

	if (pid == 0)
		_exit(sched_setscheduler(0, SCHED_FIFO, &sp) == 0 ? 0 : 1);
	waitpid(pid, &status, 0);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Without privilege: RLIMIT_RTPRIO 0 and no root, in a child process. */
static void check_eperm(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		unsigned long long none[2] = { 0, 0 };   /* cur, max */

		if (syscall(SYS_prlimit64, 0, 14 /* RLIMIT_RTPRIO */, none, 0) != 0)
			_exit(10);
#ifdef SYS_setuid32
		if (syscall(SYS_setuid32, 65534) != 0)
#else
		if (syscall(SYS_setuid, 65534) != 0)
#endif
			_exit(11);
		CHECK_INT(create_explicit(SCHED_FIFO, 1, 0), EPERM);
		CHECK_INT(create_explicit(SCHED_FIFO, 1, 1), EPERM);
		CHECK_INT(create_explicit(SCHED_OTHER, 0, 0), 0);     /* allowed */
		CHECK_INT(seen_policy, SCHED_OTHER);
		_exit(check_done());
	}
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 0);
}

int main(void)
{
	pthread_t t;

	/* First, while this process has no thread but main: the child of a
	 * threaded qemu-user 7.2 aborts when it creates a thread. */
	if (geteuid() == 0)
		check_eperm();
	/* Invalid priorities, whatever the privilege. */
	CHECK_INT(create_explicit(SCHED_FIFO, 0, 0), EINVAL);
	TASKRT_ONLY(CHECK_INT(create_explicit(SCHED_OTHER, 1, 0), EINVAL));

	if (may_use_fifo()) {
		CHECK_INT(create_explicit(SCHED_FIFO, 1, 0), 0);
		CHECK_INT(seen_policy, SCHED_FIFO);
		CHECK_INT(seen_priority, 1);
		CHECK_INT(create_explicit(SCHED_RR, 2, 1), 0);   /* detached */
		CHECK_INT(seen_policy, SCHED_RR);
		CHECK_INT(seen_priority, 2);
	} else {
		CHECK_INT(create_explicit(SCHED_FIFO, 1, 0), EPERM);
	}

	/* Inherited, as before: the creator's SCHED_OTHER. */
	seen_policy = -1;
	CHECK_INT(pthread_create(&t, 0, report, 0), 0);
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK_INT(seen_policy, SCHED_OTHER);
	return check_done();
}
