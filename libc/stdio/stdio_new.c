#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"

/* One allocation: the FILE, extra bytes for the cookie (zeroed), UNGET
 * spare bytes, then the buffer.  Buffering is decided on the first
 * operation (a terminal is line-buffered). */
FILE *__stdio_new(int fd, int flags, size_t bufsize, size_t extra)
{
	FILE *f;

	extra = ROUND_UP(extra, 16);
	f = malloc(sizeof *f + extra + UNGET + bufsize);
	if (!f)
		return 0;
	memset(f, 0, sizeof *f + extra);
	f->cookie = f + 1;
	f->fd = fd;
	f->mode = -1;
	f->buf = (unsigned char *)(f + 1) + extra + UNGET;
	f->size = bufsize;
	if ((flags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	if ((flags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND)
		f->flags |= F_APPEND;
	f->read = __stdio_read;
	f->write = __stdio_write;
	f->seek = __stdio_seek;
	f->close = __stdio_close;
	__stdio_link(f);
	return f;
}
