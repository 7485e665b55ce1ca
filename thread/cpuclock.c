/* pthread_getcpuclockid: the kernel's CPU-time clock of the thread's tid
 * (internal/cpuclock.h).  A thread that has exited has none: ESRCH. */
#include <errno.h>
#include <pthread.h>
#include "internal/cpuclock.h"
#include "internal/pthread.h"

weak int pthread_getcpuclockid(pthread_t t, clockid_t *clock)
{
	int tid = __thread_tid_hold(t);

	if (tid)
		*clock = __thread_cpuclock(tid);
	__thread_tid_drop(t);
	return tid ? 0 : ESRCH;
}
