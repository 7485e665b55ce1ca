#include "internal/stdio.h"

/* The stream reader, under the stream's lock for the whole call.  The
 * byte given back is the one just taken from the buffer, so there is
 * always room for it there. */
static int file_get(struct reader *r)
{
	return __getc_unlocked(r->f);
}

static void file_unget(struct reader *r, int c)
{
	*--r->f->rpos = (unsigned char)c;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct reader r = { file_get, file_unget, 0, f, 0 };
	int locked = __lockfile(f), n = __scan(&r, fmt, ap);

	__unlockfile(f, locked);
	return n;
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

int vscanf(const char *restrict fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

int scanf(const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return n;
}
