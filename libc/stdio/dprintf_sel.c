#include <arch/arch.h>
#include "internal/stdio.h"

/* dprintf through a sink on fd (see vdprintf.c). */
static int to_fd(int fd, const char *restrict fmt, va_list ap, const struct __printf_ops *ops)
{
	char buf[BUFSIZ];
	struct sink s = FD_SINK(fd, buf);

	__format_ops(&s, fmt, ap, ops);
	return __sink_end(&s);
}

/* dprintf as <stdio.h>'s macro calls it. */
int __dprintf_sel(const struct __printf_ops *ops, int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = to_fd(fd, fmt, ap, ops);
	va_end(ap);
	return r;
}

/* The same, for a call with no floating argument (see arch/generic/arch.h). */
#ifdef ARCH_INT_ONLY_VARARGS
ARCH_INT_ONLY_VARARGS int __dprintf_sel_int(const struct __printf_ops *ops, int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = to_fd(fd, fmt, ap, ops);
	va_end(ap);
	return r;
}
#else
weak_alias(__dprintf_sel, __dprintf_sel_int);
#endif
