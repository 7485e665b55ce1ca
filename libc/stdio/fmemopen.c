/* fmemopen: a stream on a memory area of size bytes, as glibc since 2.22.
 *
 *   mode   starts at   end of the data (max)
 *   r      0           size
 *   w      0           0
 *   a      max         the first NUL, or size
 *
 * Writes that pass max move it and store a NUL after the data; a write
 * that does not end in a NUL keeps the last byte for one, and none goes
 * past size (the rest is refused: ENOSPC, an error on the stream).  A
 * seek may go anywhere from 0 to size (else EINVAL); SEEK_END counts from
 * max.  buf NULL: the area is allocated, and freed by fclose. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"

struct mem {
	unsigned char *data;
	size_t size, max, pos;
	int append, own;
};

static ssize_t mem_read(FILE *f, unsigned char *p, size_t n)
{
	struct mem *m = f->cookie;
	size_t k = m->pos < m->max ? m->max - m->pos : 0;

	if (k > n)
		k = n;
	memcpy(p, m->data + m->pos, k);
	m->pos += k;
	return k;
}

static ssize_t mem_write(FILE *f, const unsigned char *p, size_t n)
{
	struct mem *m = f->cookie;
	size_t pos = m->append ? m->max : m->pos, k = n;
	int nul = !n || p[n - 1];

	if (pos + k + nul > m->size)
		k = pos + nul < m->size ? m->size - pos - nul : 0;
	memcpy(m->data + pos, p, k);
	m->pos = pos + k;
	if (m->pos > m->max) {
		m->max = m->pos;
		if (m->max < m->size && nul)
			m->data[m->max] = 0;
	}
	if (k < n) {
		errno = ENOSPC;
		return -1;
	}
	return n;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	struct mem *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->max;

	if (off < -base || off > (off_t)m->size - base) {
		errno = EINVAL;
		return -1;
	}
	return m->pos = base + off;
}

static int mem_close(FILE *f)
{
	struct mem *m = f->cookie;

	if (m->own)
		free(m->data);
	return 0;
}

weak FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int flags = __stdio_mode(mode);
	struct mem *m;
	FILE *f;

	if (flags < 0)
		return 0;
	if (buf && size > -(uintptr_t)buf) {
		errno = EINVAL;
		return 0;
	}
	f = __stdio_new(-1, flags, STDIO_BUFSIZ, sizeof *m);
	if (!f)
		return 0;
	m = f->cookie;
	m->data = buf;
	if (!buf) {
		m->data = malloc(size);
		if (!m->data) {
			__stdio_unlink(f);
			free(f);
			return 0;
		}
		if (size)
			m->data[0] = 0;
		m->own = 1;
	} else if (*mode == 'w' && mode[1] == '+' && size) {
		m->data[0] = 0;         /* POSIX: w+ truncates */
	}
	m->size = size;
	if (*mode == 'r')
		m->max = size;
	else if (*mode == 'a' && buf)
		m->max = __strnlen(buf, size);
	m->append = *mode == 'a';
	m->pos = m->append ? m->max : 0;
	f->mode = _IOFBF;
	f->read = mem_read;
	f->write = mem_write;
	f->seek = mem_seek;
	f->close = mem_close;
	return f;
}
