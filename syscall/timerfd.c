/* timerfd: timers read from a descriptor.  The times cross as the
 * kernel's two 64-bit fields (internal/timer.h): timerfd_settime64 and
 * timerfd_gettime64 on 32-bit arches, the plain calls on 64-bit ones. */
#include <sys/timerfd.h>
#include "internal/timer.h"
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_timerfd_settime64
#define SYS_TIMERFD_SETTIME SYS_timerfd_settime64
#define SYS_TIMERFD_GETTIME SYS_timerfd_gettime64
#else
#define SYS_TIMERFD_SETTIME SYS_timerfd_settime
#define SYS_TIMERFD_GETTIME SYS_timerfd_gettime
#endif

weak int timerfd_create(clockid_t clock, int flags)
{
	return syscall_errno(SYS_timerfd_create, clock, flags);
}

weak int timerfd_settime(int fd, int flags, const struct itimerspec *new_value, struct itimerspec *old_value)
{
	struct kernel_itimerspec k = {
		{ new_value->it_interval.tv_sec, new_value->it_interval.tv_nsec },
		{ new_value->it_value.tv_sec, new_value->it_value.tv_nsec },
	}, kold;
	long r = __syscall(SYS_TIMERFD_SETTIME, fd, flags, &k, old_value ? &kold : 0);

	if (r == 0 && old_value)
		__itimerspec_from_kernel(old_value, &kold);
	return __syscall_ret(r);
}

weak int timerfd_gettime(int fd, struct itimerspec *value)
{
	struct kernel_itimerspec k;
	long r = __syscall(SYS_TIMERFD_GETTIME, fd, &k);

	if (r == 0)
		__itimerspec_from_kernel(value, &k);
	return __syscall_ret(r);
}
