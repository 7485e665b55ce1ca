#include "internal/stdio.h"

/* Format on the stack, 1 KiB at a time into the stream, all under the
 * stream's lock: a line from one thread is never torn by another's, and
 * an unbuffered stream (stderr) still gets one write() per call of up to
 * 1 KiB. */
int __vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	char buf[BUFSIZ];
	struct sink s = FILE_SINK(f, buf);
	int locked = __lockfile(f), r;

	__format(&s, fmt, ap);
	r = __sink_end(&s);
	__unlockfile(f, locked);
	return r;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return __vfprintf(f, fmt, ap);
}

int (fprintf)(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}
