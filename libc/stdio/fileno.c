#include <errno.h>
#include "internal/stdio.h"

/* -1 (EBADF) for a stream with no file descriptor, as glibc says for
 * fmemopen's and fopencookie's. */
weak int fileno_unlocked(FILE *f)
{
	if (f->fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}

weak int fileno(FILE *f)
{
	int locked = __lockfile(f), r = fileno_unlocked(f);

	__unlockfile(f, locked);
	return r;
}
