/* pthread_setaffinity_np / pthread_getaffinity_np: the sched_*affinity
 * system calls on the thread's tid, held so that it cannot be reused
 * meanwhile (thread/tid.c).  They return the error number. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include "internal/pthread.h"

weak int pthread_setaffinity_np(pthread_t t, size_t size, const cpu_set_t *set)
{
	int tid = __thread_tid_hold(t);
	long r = tid ? __syscall(SYS_sched_setaffinity, tid, size, set) : -ESRCH;

	__thread_tid_drop(t);
	return -r;
}

weak int pthread_getaffinity_np(pthread_t t, size_t size, cpu_set_t *set)
{
	int tid = __thread_tid_hold(t);
	long r = tid ? __syscall(SYS_sched_getaffinity, tid, size > INT_MAX ? INT_MAX : size, set)
	             : -ESRCH;

	__thread_tid_drop(t);
	if (r < 0)
		return -r;
	for (size_t i = r; i < size; i++)        /* as sched_getaffinity */
		((char *)set)[i] = 0;
	return 0;
}
