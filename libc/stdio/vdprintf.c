#include "internal/stdio.h"
#include "internal/defs.h"

/* The printing half of the family ends here: format into a 1 KiB buffer
 * on the stack, which goes to fd in one write() (or, for longer output,
 * in 1 KiB pieces). */
int __vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	char buf[BUFSIZ];
	struct sink s = FD_SINK(fd, buf);

	__format(&s, fmt, ap);
	return __sink_end(&s);
}
weak_alias(__vdprintf, vdprintf);

weak int (dprintf)(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
