/* ttyname: the terminal's path, from the /proc/self/fd/N link, trusted
 * only if the file at that path is the descriptor's own (same device and
 * inode): a terminal opened in another mount namespace or since renamed
 * has a link that names something else, or nothing. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#include "internal/defs.h"

int __ttyname_r(int fd, char *buf, size_t size)
{
	char link[32];
	struct termios t;
	struct stat by_fd, by_path;
	ssize_t n;

	if (__ioctl(fd, TCGETS, &t) < 0)
		return errno;                 /* EBADF, or ENOTTY: not a terminal */
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	n = __readlinkat(AT_FDCWD, link, buf, size);
	if (n < 0)
		return errno == ENOENT ? ENODEV : errno;   /* no /proc */
	if ((size_t)n >= size)
		return ERANGE;                /* it may have been cut short */
	buf[n] = 0;
	if (__fstat(fd, &by_fd) < 0 || __fstatat(AT_FDCWD, buf, &by_path, 0) < 0
	    || by_fd.st_dev != by_path.st_dev || by_fd.st_ino != by_path.st_ino)
		return ENODEV;
	return 0;
}
weak_alias(__ttyname_r, ttyname_r);

weak char *ttyname(int fd)
{
	static char name[TTY_NAME_MAX];
	int e = __ttyname_r(fd, name, sizeof name);

	if (e) {
		errno = e;
		return 0;
	}
	return name;
}
