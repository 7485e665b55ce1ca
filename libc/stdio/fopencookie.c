/* fopencookie: a stream whose operations are the program's own. */
#include <errno.h>
#include <fcntl.h>
#include "internal/stdio.h"

struct cookie {
	void *cookie;
	cookie_io_functions_t io;
};

/* As glibc: with no read or write function, reading or writing is an
 * error (errno as it was); a write function that takes less than it was
 * given is an error too.  An empty write (__fwritex's on an unbuffered
 * stream) calls nothing, as glibc never does. */
static ssize_t cookie_read(FILE *f, unsigned char *p, size_t n)
{
	struct cookie *c = f->cookie;

	return c->io.read ? c->io.read(c->cookie, (char *)p, n) : -1;
}

static ssize_t cookie_write(FILE *f, const unsigned char *p, size_t n)
{
	struct cookie *c = f->cookie;
	ssize_t r;

	if (!n)
		return 0;
	if (!c->io.write)
		return -1;
	r = c->io.write(c->cookie, (const char *)p, n);
	return r >= 0 && (size_t)r == n ? r : -1;
}

static off_t cookie_seek(FILE *f, off_t off, int whence)
{
	struct cookie *c = f->cookie;

	if (!c->io.seek) {
		errno = ESPIPE;
		return -1;
	}
	return c->io.seek(c->cookie, &off, whence) < 0 ? -1 : off;
}

static int cookie_close(FILE *f)
{
	struct cookie *c = f->cookie;

	return c->io.close ? c->io.close(c->cookie) : 0;
}

FILE *__fopencookie(void *restrict cookie, const char *restrict mode, cookie_io_functions_t io)
{
	int flags = __stdio_mode(mode);
	FILE *f;
	struct cookie *c;

	if (flags < 0)
		return 0;
	f = __stdio_new(-1, flags, STDIO_BUFSIZ, sizeof *c);
	if (!f)
		return 0;
	c = f->cookie;
	c->cookie = cookie;
	c->io = io;
	f->mode = _IOFBF;
	f->read = cookie_read;
	f->write = cookie_write;
	f->seek = cookie_seek;
	f->close = cookie_close;
	return f;
}
weak_alias(__fopencookie, fopencookie);
