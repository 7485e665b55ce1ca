#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/stdio.h"

/* The same FILE on another file, keeping its descriptor number (as glibc
 * does: freopen of stdout stays descriptor 1).  A NULL path changes only
 * the mode of the descriptor it has (EINVAL for an access it lacks).  On
 * failure the stream is closed and NULL returned. */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int flags = __stdio_mode(mode), fd, locked = __lockfile(f), have;

	__fflush_unlocked(f);
	if (flags < 0)
		goto fail;
	if (path) {
		fd = __open(path, flags, 0666);
		if (fd < 0)
			goto fail;
		if (f->fd >= 0 && fd != f->fd) {
			if (__dup3(fd, f->fd, flags & O_CLOEXEC) < 0) {
				__close(fd);
				goto fail;
			}
			__close(fd);
			fd = f->fd;
		}
	} else {
		fd = f->fd;
		have = __fcntl(fd, F_GETFL);
		if (have < 0)
			goto fail;
		if (((flags & O_ACCMODE) != O_WRONLY && (have & O_ACCMODE) == O_WRONLY)
		    || ((flags & O_ACCMODE) != O_RDONLY && (have & O_ACCMODE) == O_RDONLY)) {
			errno = EINVAL;
			goto fail;
		}
		__fcntl(fd, F_SETFL, (have & ~O_APPEND) | (flags & O_APPEND));
	}
	f->fd = fd;
	f->flags &= F_PERM | F_LIST;
	if ((flags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	if ((flags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND)
		f->flags |= F_APPEND;
	f->rpos = f->rend = f->wpos = f->wend = 0;
	f->read = __stdio_read;
	f->write = __stdio_write;
	f->seek = __stdio_seek;
	f->close = __stdio_close;
	if (f->mode != _IONBF)
		f->mode = -1;
	__unlockfile(f, locked);
	return f;
fail:
	__unlockfile(f, locked);
	fclose(f);
	return 0;
}
