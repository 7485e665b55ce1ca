/* Clocks and sleeping.
 *
 * taskrt's time_t is 64-bit everywhere.  32-bit arches pass times to the
 * kernel through the *_time64 system calls; 64-bit ones through the plain
 * calls, whose struct is the same.  Either way the kernel sees two 64-bit
 * fields, so every call goes through a struct kernel_timespec.
 */
#include <errno.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/vdso.h"
#include "internal/defs.h"

#ifdef SYS_clock_gettime64
#define SYS_CLOCK_GETTIME   SYS_clock_gettime64
#define SYS_CLOCK_GETRES    SYS_clock_getres_time64
#define SYS_CLOCK_NANOSLEEP SYS_clock_nanosleep_time64
#define SYS_CLOCK_SETTIME   SYS_clock_settime64
#else
#define SYS_CLOCK_SETTIME   SYS_clock_settime
#define SYS_CLOCK_GETTIME   SYS_clock_gettime
#define SYS_CLOCK_GETRES    SYS_clock_getres
#define SYS_CLOCK_NANOSLEEP SYS_clock_nanosleep
#endif

struct kernel_timespec { long long sec, nsec; };

int __clock_gettime(clockid_t clock, struct timespec *ts)
{
	struct kernel_timespec k;
	int (*vdso)(clockid_t, struct kernel_timespec *) = __vdso_clock_gettime();
	long r = vdso ? vdso(clock, &k) : -ENOSYS;

	/* No vDSO, or it failed: the system call says why.  (powerpc's vDSO
	 * reports an error as its sc does, a positive errno.) */
	if (r)
		r = __syscall(SYS_CLOCK_GETTIME, clock, &k);
	if (r < 0)
		return __syscall_ret(r);
	ts->tv_sec = k.sec;
	ts->tv_nsec = k.nsec;
	return 0;
}
weak_alias(__clock_gettime, clock_gettime);

weak int clock_getres(clockid_t clock, struct timespec *ts)
{
	struct kernel_timespec k;
	long r = __syscall(SYS_CLOCK_GETRES, clock, &k);

	if (r == 0 && ts) {
		ts->tv_sec = k.sec;
		ts->tv_nsec = k.nsec;
	}
	return __syscall_ret(r);
}

/* EPERM without CAP_SYS_TIME; EINVAL for a clock that cannot be set. */
weak int clock_settime(clockid_t clock, const struct timespec *ts)
{
	struct kernel_timespec k = { ts->tv_sec, ts->tv_nsec };

	return syscall_errno(SYS_CLOCK_SETTIME, clock, &k);
}

/* Returns the error number itself, as POSIX says clock_nanosleep does.
 * As in glibc: the calling thread's own CPU clock is EINVAL (POSIX; the
 * kernel says EOPNOTSUPP), and a NULL request EFAULT (the kernel's answer
 * to glibc, which passes it through). */
int __clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remain)
{
	struct kernel_timespec k, left;
	long r;

	if (clock == CLOCK_THREAD_CPUTIME_ID)
		return EINVAL;
	if (!request)
		return EFAULT;
	k = (struct kernel_timespec){ request->tv_sec, request->tv_nsec };
	r = __syscall_cp(SYS_CLOCK_NANOSLEEP, clock, flags, &k, &left);

	if (r == -EINTR && remain && !(flags & TIMER_ABSTIME)) {
		remain->tv_sec = left.sec;
		remain->tv_nsec = left.nsec;
	}
	return -r;
}
weak_alias(__clock_nanosleep, clock_nanosleep);

int __nanosleep(const struct timespec *request, struct timespec *remain)
{
	int r = __clock_nanosleep(CLOCK_REALTIME, 0, request, remain);

	if (r) {
		errno = r;
		return -1;
	}
	return 0;
}
weak_alias(__nanosleep, nanosleep);

/* The vDSO's clock in microseconds; a time zone asked for is zeroed, as
 * glibc does (taskrt has none). */
weak int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	struct timespec ts;

	if (tz)
		memset(tz, 0, sizeof(struct timezone));
	if (!tv)
		return 0;
	if (__clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return -1;
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return 0;
}

time_t time(time_t *t)
{
	struct timespec ts;

	__clock_gettime(CLOCK_REALTIME, &ts);
	if (t)
		*t = ts.tv_sec;
	return ts.tv_sec;
}

/* The seconds left when a signal cut the sleep short, as POSIX says. */
weak unsigned sleep(unsigned seconds)
{
	struct timespec ts = { seconds, 0 };

	if (__nanosleep(&ts, &ts) < 0)
		return ts.tv_sec + (ts.tv_nsec > 0);
	return 0;
}

weak int usleep(useconds_t usec)
{
	struct timespec ts = { usec / 1000000, (long)(usec % 1000000) * 1000 };

	return __nanosleep(&ts, 0);
}
