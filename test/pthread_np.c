/* The small rest of <pthread.h>: pthread_setconcurrency/getconcurrency,
 * pthread_yield, pthread_setschedprio, the rwlock kinds, glibc's _NP
 * mutex initialisers and kinds, and the thread limits of <limits.h>
 * (PTHREAD_THREADS_MAX not defined, as glibc), with their bad input. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include "check.h"

static volatile int go;

static void *wait_go(void *arg)
{
	while (!go)
		sched_yield();
	return arg;
}

int main(void)
{
	pthread_rwlockattr_t ra;
	pthread_mutex_t rec = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
	pthread_mutex_t err = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
	pthread_mutex_t adaptive = PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP;
	pthread_mutexattr_t ma;
	pthread_t t;
	int k = -1;

	CHECK_INT(pthread_getconcurrency(), 0);
	CHECK_INT(pthread_setconcurrency(-1), EINVAL);
	CHECK_INT(pthread_setconcurrency(3), 0);
	CHECK_INT(pthread_getconcurrency(), 3);
	CHECK_INT(pthread_setconcurrency(0), 0);
	CHECK_INT(pthread_getconcurrency(), 0);
	CHECK_INT(pthread_yield(), 0);

	/* SCHED_OTHER has priority 0 only. */
	CHECK_INT(pthread_setschedprio(pthread_self(), 0), 0);
	CHECK_INT(pthread_setschedprio(pthread_self(), 5), EINVAL);
	CHECK_INT(pthread_setschedprio(pthread_self(), -1), EINVAL);
	CHECK_INT(pthread_create(&t, 0, wait_go, 0), 0);
	CHECK_INT(pthread_setschedprio(t, 0), 0);
	CHECK_INT(pthread_setschedprio(t, 100), EINVAL);
	go = 1;
	CHECK_INT(pthread_join(t, 0), 0);

	CHECK_INT(pthread_rwlockattr_init(&ra), 0);
	CHECK_INT(pthread_rwlockattr_getkind_np(&ra, &k), 0);
	CHECK_INT(k, PTHREAD_RWLOCK_PREFER_READER_NP);
	CHECK_INT(PTHREAD_RWLOCK_DEFAULT_NP, PTHREAD_RWLOCK_PREFER_READER_NP);
	CHECK_INT(pthread_rwlockattr_setkind_np(&ra, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP), 0);
	CHECK_INT(pthread_rwlockattr_getkind_np(&ra, &k), 0);
	CHECK_INT(k, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
	CHECK_INT(pthread_rwlockattr_setkind_np(&ra, 3), EINVAL);
	CHECK_INT(pthread_rwlockattr_setkind_np(&ra, -1), EINVAL);
	CHECK_INT(pthread_rwlockattr_destroy(&ra), 0);

	CHECK_INT(pthread_mutex_lock(&rec), 0);
	CHECK_INT(pthread_mutex_lock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), EPERM);
	CHECK_INT(pthread_mutex_lock(&err), 0);
	CHECK_INT(pthread_mutex_lock(&err), EDEADLK);
	CHECK_INT(pthread_mutex_unlock(&err), 0);
	CHECK_INT(pthread_mutex_lock(&adaptive), 0);
	CHECK_INT(pthread_mutex_unlock(&adaptive), 0);
	pthread_mutexattr_init(&ma);
	CHECK_INT(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE_NP), 0);
	CHECK_INT(pthread_mutexattr_gettype(&ma, &k), 0);
	CHECK_INT(k, PTHREAD_MUTEX_RECURSIVE);
	CHECK_INT(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK_NP), 0);
	CHECK_INT(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_TIMED_NP), 0);
	CHECK_INT(pthread_mutexattr_settype(&ma, -1), EINVAL);

	/* Limits: POSIX's minimums, and taskrt's own values. */
	CHECK_INT(_POSIX_THREAD_KEYS_MAX, 128);
	CHECK_INT(_POSIX_THREAD_DESTRUCTOR_ITERATIONS, 4);
	CHECK_INT(_POSIX_THREAD_THREADS_MAX, 64);
	CHECK(PTHREAD_KEYS_MAX >= _POSIX_THREAD_KEYS_MAX);
	CHECK(PTHREAD_DESTRUCTOR_ITERATIONS >= _POSIX_THREAD_DESTRUCTOR_ITERATIONS);
	CHECK(PTHREAD_STACK_MIN >= 16384);
	TASKRT_ONLY(CHECK_INT(PTHREAD_KEYS_MAX, 128));
#ifdef PTHREAD_THREADS_MAX
	CHECK(!"PTHREAD_THREADS_MAX is defined");
#endif
	return check_done();
}
