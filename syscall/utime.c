/* File times: utimensat, futimens and utimes.  As in syscall/time.c, the kernel
 * sees two 64-bit fields per time (utimensat_time64 on 32-bit arches). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <utime.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_utimensat_time64
#define SYS_UTIMENSAT SYS_utimensat_time64
#else
#define SYS_UTIMENSAT SYS_utimensat
#endif

/* A NULL path would make the kernel change dirfd's own file: glibc
 * refuses it (EINVAL) and keeps that to futimens. */
static int set_times(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	long long k[2][2];

	if (!times)
		return syscall_errno(SYS_UTIMENSAT, dirfd, path, 0, flags);
	for (int i = 0; i < 2; i++) {
		k[i][0] = times[i].tv_sec;
		k[i][1] = times[i].tv_nsec;
	}
	return syscall_errno(SYS_UTIMENSAT, dirfd, path, k, flags);
}

weak int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	if (!path) {
		errno = EINVAL;
		return -1;
	}
	return set_times(dirfd, path, times, flags);
}

weak int futimens(int fd, const struct timespec times[2])
{
	return set_times(fd, 0, times, 0);
}

/* Microseconds, converted; the kernel checks their range (EINVAL). */
weak int utimes(const char *path, const struct timeval times[2])
{
	struct timespec t[2];

	if (!times)
		return set_times(AT_FDCWD, path, 0, 0);
	for (int i = 0; i < 2; i++) {
		t[i].tv_sec = times[i].tv_sec;
		t[i].tv_nsec = times[i].tv_usec >= 0 && times[i].tv_usec < 1000000
			? times[i].tv_usec * 1000 : -1;
	}
	return set_times(AT_FDCWD, path, t, 0);
}

/* utime: whole seconds, or now (times NULL). */
weak int utime(const char *path, const struct utimbuf *times)
{
	struct timespec ts[2];

	if (!times)
		return set_times(AT_FDCWD, path, 0, 0);
	ts[0].tv_sec = times->actime;
	ts[0].tv_nsec = 0;
	ts[1].tv_sec = times->modtime;
	ts[1].tv_nsec = 0;
	return set_times(AT_FDCWD, path, ts, 0);
}
