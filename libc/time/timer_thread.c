/* SIGEV_THREAD timers, as glibc makes them: one helper thread per timer.
 *
 * timer_create starts a detached thread (with the program's
 * sigev_notify_attributes, if any) that has every signal blocked, and
 * arms a kernel timer that sends SIGTIMER to that thread alone
 * (SIGEV_THREAD_ID).  The thread waits for SIGTIMER and calls the notify
 * function with the timer's sigval each time the timer expires, so the
 * function runs in a thread, never in a signal handler.  timer_delete
 * deletes the kernel timer first (no more expiries), then sets `stop`
 * and wakes the thread with one more SIGTIMER; the thread frees the
 * record and exits.  That works from inside the notify function too: the
 * wake-up stays pending until the function returns.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include "internal/pthread.h"
#include "internal/signal.h"
#include "internal/timer.h"
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_rt_sigtimedwait_time64
#define SYS_RT_SIGTIMEDWAIT SYS_rt_sigtimedwait_time64
#else
#define SYS_RT_SIGTIMEDWAIT SYS_rt_sigtimedwait
#endif

static void *helper(void *arg)
{
	struct timer_thread *t = arg;
	kernel_sigset_t set = { { 0 } };
	siginfo_t si;
	long r;

	set.bits[(SIGTIMER - 1) / (8 * sizeof(long))] = 1UL << (SIGTIMER - 1) % (8 * sizeof(long));
	for (;;) {
		r = __syscall(SYS_RT_SIGTIMEDWAIT, &set, &si, 0, KERNEL_SIGSET_SIZE);
		if (__atomic_load_n(&t->stop, __ATOMIC_ACQUIRE))
			break;
		if (r == SIGTIMER && si.si_code == SI_TIMER)
			t->function(t->value);
	}
	free(t);
	return 0;
}

/* Stop the helper: after this, t may be gone.  The tid is read first,
 * while the thread is certainly alive. */
static void stop(struct timer_thread *t)
{
	int tid = t->thread->tid;

	__atomic_store_n(&t->stop, 1, __ATOMIC_RELEASE);
	__syscall(SYS_tgkill, __syscall(SYS_getpid), tid, SIGTIMER);
}

int __timer_create_thread(clockid_t clock, const struct sigevent *event, timer_t *timer)
{
	struct timer_thread *t = malloc(sizeof *t);
	struct sigevent k;
	pthread_attr_t attr;
	sigset_t all, old;
	int id, r;
	long e;

	if (!t) {
		errno = EAGAIN;        /* POSIX: "the system lacks sufficient resources" */
		return -1;
	}
	*t = (struct timer_thread){ .function = event->sigev_notify_function, .value = event->sigev_value };
	if (event->sigev_notify_attributes)
		attr = *(const pthread_attr_t *)event->sigev_notify_attributes;
	else
		__pthread_attr_init(&attr);
	/* nobody joins it: it frees itself (and this links thread/detach.c,
	 * which has the end of a detached thread) */
	__pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* The helper inherits a full mask: SIGTIMER stays pending for its
	 * wait, and no handler of the program runs on it. */
	__sigfillset(&all);
	__sigprocmask(SIG_BLOCK, &all, &old);
	r = __pthread_create(&t->thread, &attr, helper, t);
	__sigprocmask(SIG_SETMASK, &old, 0);
	if (r) {
		free(t);
		errno = r;
		return -1;
	}
	k = (struct sigevent){ .sigev_notify = SIGEV_THREAD_ID, .sigev_signo = SIGTIMER,
	                       .sigev_value.sival_ptr = t };
	k.sigev_notify_thread_id = t->thread->tid;
	e = __syscall(SYS_timer_create, clock, &k, &id);
	if (e < 0) {                   /* a bad clock: EINVAL */
		stop(t);
		return __syscall_ret(e);
	}
	t->id = id;
	*timer = __timer_handle(t);
	return 0;
}

int __timer_delete_thread(struct timer_thread *t)
{
	long r = __syscall(SYS_timer_delete, t->id);

	if (r < 0)
		return __syscall_ret(r);
	stop(t);
	return 0;
}
