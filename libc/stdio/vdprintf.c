#include "internal/stdio.h"

/* The printing half of the family ends here: format into a 1 KiB buffer
 * on the stack, which goes to fd in one write() (or, for longer output,
 * in 1 KiB pieces). */
int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	char buf[BUFSIZ];
	struct sink s = FD_SINK(fd, buf);

	__format(&s, fmt, ap);
	return __sink_end(&s);
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
