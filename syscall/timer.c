/* POSIX timers: timer_create, timer_settime, timer_gettime,
 * timer_getoverrun, timer_delete.
 *
 * A timer_t is a pointer-sized handle, as in glibc.  For SIGEV_SIGNAL,
 * SIGEV_NONE and SIGEV_THREAD_ID it is the kernel's timer id itself, a
 * small non-negative int.  For SIGEV_THREAD it is taskrt's record of the
 * helper thread (libc/time/timer_thread.c), shifted right by one with the
 * top bit set: negative, so the two kinds never meet, and the record's
 * address comes back by a shift left (malloc's blocks are 16-byte aligned).
 *
 * The times go to the kernel as two 64-bit fields: timer_settime64 and
 * timer_gettime64 on 32-bit arches, the plain calls on 64-bit ones (whose
 * struct is the same), as in syscall/time.c.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>
#include "internal/timer.h"
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_timer_settime64
#define SYS_TIMER_SETTIME SYS_timer_settime64
#define SYS_TIMER_GETTIME SYS_timer_gettime64
#else
#define SYS_TIMER_SETTIME SYS_timer_settime
#define SYS_TIMER_GETTIME SYS_timer_gettime
#endif

timer_t __timer_handle(struct timer_thread *t)
{
	return (timer_t)((uintptr_t)t >> 1 | (uintptr_t)INTPTR_MIN);
}

/* The kernel's id behind a handle. */
static int kernel_id(timer_t timer)
{
	if ((intptr_t)timer < 0)
		return ((struct timer_thread *)((uintptr_t)timer << 1))->id;
	return (int)(intptr_t)timer;
}

weak int timer_create(clockid_t clock, struct sigevent *restrict event, timer_t *restrict timer)
{
	int id;
	long r;

	if (event && event->sigev_notify == SIGEV_THREAD)
		return __timer_create_thread(clock, event, timer);
	/* No event: the kernel sends SIGALRM with the timer's id as its
	 * value, as POSIX says. */
	r = __syscall(SYS_timer_create, clock, event, &id);
	if (r < 0)
		return __syscall_ret(r);
	*timer = (timer_t)(intptr_t)id;
	return 0;
}

/* Both directions convert through the kernel's layout.  No value is
 * EINVAL, the kernel's answer to glibc, which passes the NULL on. */
int __timer_settime_id(int id, int flags, const struct itimerspec *restrict value,
                       struct itimerspec *restrict old)
{
	struct kernel_itimerspec k, kold;
	long r;

	if (!value)
		return __syscall_ret(-EINVAL);
	k = (struct kernel_itimerspec){
		{ value->it_interval.tv_sec, value->it_interval.tv_nsec },
		{ value->it_value.tv_sec, value->it_value.tv_nsec },
	};
	r = __syscall(SYS_TIMER_SETTIME, id, flags, &k, old ? &kold : 0);
	if (r == 0 && old)
		__itimerspec_from_kernel(old, &kold);
	return __syscall_ret(r);
}

weak int timer_settime(timer_t timer, int flags, const struct itimerspec *restrict value,
                       struct itimerspec *restrict old)
{
	return __timer_settime_id(kernel_id(timer), flags, value, old);
}

weak int timer_gettime(timer_t timer, struct itimerspec *value)
{
	struct kernel_itimerspec k;
	long r = __syscall(SYS_TIMER_GETTIME, kernel_id(timer), &k);

	if (r == 0)
		__itimerspec_from_kernel(value, &k);
	return __syscall_ret(r);
}

weak int timer_getoverrun(timer_t timer)
{
	return syscall_errno(SYS_timer_getoverrun, kernel_id(timer));
}

weak int timer_delete(timer_t timer)
{
	if ((intptr_t)timer < 0)
		return __timer_delete_thread((struct timer_thread *)((uintptr_t)timer << 1));
	return syscall_errno(SYS_timer_delete, (int)(intptr_t)timer);
}
