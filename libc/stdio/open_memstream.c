/* open_memstream: a write-only stream into a heap array that grows.
 * *ptr and *size say where it is and how long after every fflush that
 * writes, every fseek and fclose.  As in glibc, the size is the position
 * at that moment (the end SEEK_END counts from, too), even if more was
 * written beyond it; fclose puts the final NUL there.  Bytes past the
 * data are zeros, so a NUL always follows it.  The program frees *ptr
 * after fclose. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"

struct ms {
	char **ptr;
	size_t *sizep;
	char *data;
	size_t cap, pos;
};

static void publish(struct ms *m)
{
	*m->ptr = m->data;
	*m->sizep = m->pos;
}

/* Room for end bytes and a NUL; a seek past the end fills the gap with
 * zeros when written. */
static int grow(struct ms *m, size_t end)
{
	size_t cap = m->cap;
	char *p;

	if (end < m->cap)
		return 0;
	if (end >= (size_t)SSIZE_MAX) {
		errno = EFBIG;
		return -1;
	}
	while (cap <= end)
		cap = cap * 2 + 64;
	p = realloc(m->data, cap);
	if (!p)
		return -1;
	memset(p + m->cap, 0, cap - m->cap);
	m->data = p;
	m->cap = cap;
	return 0;
}

static ssize_t ms_write(FILE *f, const unsigned char *p, size_t n)
{
	struct ms *m = f->cookie;

	if (m->pos + n < m->pos || grow(m, m->pos + n))
		return -1;
	memcpy(m->data + m->pos, p, n);
	m->pos += n;
	publish(m);
	return n;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct ms *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)*m->sizep;

	if (off < -base || off > (off_t)SSIZE_MAX - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = base + off;
	if (grow(m, m->pos))
		return -1;
	publish(m);
	return m->pos;
}

static int ms_close(FILE *f)
{
	struct ms *m = f->cookie;

	m->data[m->pos] = 0;
	publish(m);
	return 0;
}

weak FILE *open_memstream(char **ptr, size_t *size)
{
	struct ms *m;
	FILE *f;

	if (!ptr || !size) {
		errno = EINVAL;
		return 0;
	}
	f = __stdio_new(-1, O_WRONLY, STDIO_BUFSIZ, sizeof *m);
	if (!f)
		return 0;
	m = f->cookie;
	m->ptr = ptr;
	m->sizep = size;
	if (grow(m, 0)) {
		__stdio_unlink(f);
		free(f);
		return 0;
	}
	publish(m);
	f->mode = _IOFBF;
	f->write = ms_write;
	f->seek = ms_seek;
	f->read = 0;
	f->close = ms_close;
	return f;
}
