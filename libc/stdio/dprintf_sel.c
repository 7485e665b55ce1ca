#include "internal/stdio.h"

/* dprintf through a sink on fd (see vdprintf.c). */
static int to_fd(int fd, const char *restrict fmt, va_list ap, const struct __printf_ops *ops)
{
	char buf[BUFSIZ];
	struct sink s = FD_SINK(fd, buf);

	__format_ops(&s, fmt, ap, ops);
	return __sink_end(&s);
}

/* dprintf as <stdio.h>'s macro calls it, and its twin __dprintf_sel_int. */
PRINTF_ENTRIES(__dprintf_sel, (const struct __printf_ops *ops, int fd, const char *restrict fmt, ...),
               to_fd(fd, fmt, ap, ops))
