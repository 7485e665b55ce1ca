/* Interval timers: setitimer and getitimer.
 *
 * Every arch has the two calls, with the kernel's old itimerval of longs
 * (a 32-bit seconds field on 32-bit arches: there is no *_time64 form;
 * glibc converts the same way).  taskrt's timeval is 64-bit, so a
 * seconds value that does not fit a long is EOVERFLOW rather than a
 * different timer.
 */
#include <errno.h>
#include <sys/time.h>
#include "internal/syscall.h"
#include "internal/defs.h"

struct kernel_itimerval { struct { long sec, usec; } interval, value; };

static void from_kernel(struct itimerval *u, const struct kernel_itimerval *k)
{
	u->it_interval = (struct timeval){ k->interval.sec, k->interval.usec };
	u->it_value = (struct timeval){ k->value.sec, k->value.usec };
}

weak int getitimer(int which, struct itimerval *value)
{
	struct kernel_itimerval k;
	long r = __syscall(SYS_getitimer, which, &k);

	if (r == 0)
		from_kernel(value, &k);
	return __syscall_ret(r);
}

weak int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old)
{
	struct kernel_itimerval k = {
		{ (long)value->it_interval.tv_sec, (long)value->it_interval.tv_usec },
		{ (long)value->it_value.tv_sec, (long)value->it_value.tv_usec },
	}, kold;
	long r;

	if (k.interval.sec != value->it_interval.tv_sec || k.value.sec != value->it_value.tv_sec) {
		errno = EOVERFLOW;
		return -1;
	}
	r = __syscall(SYS_setitimer, which, &k, old ? &kold : 0);
	if (r == 0 && old)
		from_kernel(old, &kold);
	return __syscall_ret(r);
}
