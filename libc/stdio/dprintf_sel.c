#include "internal/stdio.h"

/* dprintf as <stdio.h>'s macro calls it (see vdprintf.c). */
int __dprintf_sel(const struct __printf_ops *ops, int fd, const char *restrict fmt, ...)
{
	char buf[BUFSIZ];
	struct sink s = FD_SINK(fd, buf);
	va_list ap;

	va_start(ap, fmt);
	__format_ops(&s, fmt, ap, ops);
	va_end(ap);
	return __sink_end(&s);
}
