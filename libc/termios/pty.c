/* Pseudo-terminals through the kernel's devpts: /dev/ptmx hands out a
 * master; TIOCGPTN says the number N of its slave /dev/pts/N, and
 * TIOCSPTLCK 0 unlocks that slave.  devpts gives the slave the right
 * owner and mode itself, so grantpt has nothing to do but check fd. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include "internal/defs.h"

weak int posix_openpt(int flags)
{
	return __open("/dev/ptmx", flags);
}

/* A master answers TIOCGPTN; anything else is not one (glibc: EINVAL
 * for a terminal that is no master, EBADF for no descriptor). */
static int slave_number(int fd, unsigned *n)
{
	if (__ioctl(fd, TIOCGPTN, n) == 0)
		return 0;
	if (errno == ENOTTY)
		errno = EINVAL;
	return -1;
}

weak int grantpt(int fd)
{
	unsigned n;
	return slave_number(fd, &n);
}

weak int unlockpt(int fd)
{
	int unlock = 0;
	return __ioctl(fd, TIOCSPTLCK, &unlock);
}

static int slave_name(int fd, char *buf, size_t size)
{
	unsigned n;
	int saved = errno, r;

	if (slave_number(fd, &n) < 0) {
		r = errno == EINVAL ? ENOTTY : errno;
		errno = saved;
		return r;
	}
	if ((size_t)snprintf(buf, size, "/dev/pts/%u", n) >= size)
		return ERANGE;
	return 0;
}

weak int ptsname_r(int fd, char *buf, size_t size)
{
	return slave_name(fd, buf, size);
}

weak char *ptsname(int fd)
{
	static char name[24];
	int r = slave_name(fd, name, sizeof name);

	if (r) {
		errno = r;
		return 0;
	}
	return name;
}
