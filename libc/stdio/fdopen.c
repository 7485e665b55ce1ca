#include <errno.h>
#include <fcntl.h>
#include "internal/stdio.h"

/* A stream on an open descriptor.  As glibc: EBADF for a closed one,
 * EINVAL when the mode asks for an access the descriptor lacks; "a" sets
 * O_APPEND on it and "e" FD_CLOEXEC. */
FILE *__fdopen(int fd, const char *mode)
{
	int flags = __stdio_mode(mode), have;

	if (flags < 0)
		return 0;
	have = __fcntl(fd, F_GETFL);
	if (have < 0)
		return 0;
	if (((flags & O_ACCMODE) != O_WRONLY && (have & O_ACCMODE) == O_WRONLY)
	    || ((flags & O_ACCMODE) != O_RDONLY && (have & O_ACCMODE) == O_RDONLY)) {
		errno = EINVAL;
		return 0;
	}
	if ((flags & O_APPEND) && !(have & O_APPEND))
		__fcntl(fd, F_SETFL, have | O_APPEND);
	if (flags & O_CLOEXEC)
		__fcntl(fd, F_SETFD, FD_CLOEXEC);
	return __stdio_new(fd, flags | (have & O_APPEND), STDIO_BUFSIZ, 0);
}
weak_alias(__fdopen, fdopen);
