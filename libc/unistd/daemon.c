/* daemon: fork, let the parent exit, start a new session, and (unless
 * told not to) move to / and point descriptors 0, 1 and 2 at /dev/null.
 * As in glibc, the child's failures after the fork are reported to the
 * child; the parent's _Exit(0) (no atexit handlers, no stdio flush: the child
 * owns those) is never seen by the caller. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal/defs.h"

weak int daemon(int nochdir, int noclose)
{
	int fd;

	switch (__fork()) {
	case -1:
		return -1;
	case 0:
		break;
	default:
		_Exit(0);
	}
	if (__setsid() < 0)
		return -1;
	if (!nochdir && __chdir("/") < 0)
		return -1;
	if (!noclose) {
		fd = __open("/dev/null", O_RDWR | O_CLOEXEC);
		if (fd < 0)
			return -1;
		/* dup2 clears O_CLOEXEC on the copies it makes. */
		if (__dup2(fd, 0) < 0 || __dup2(fd, 1) < 0 || __dup2(fd, 2) < 0)
			return -1;
		if (fd > 2)
			__close(fd);
	}
	return 0;
}
