#include "internal/stdio.h"

/* __vfprintf (vfprintf.c) with the parts of the engine in ops. */
int __vfprintf_ops(FILE *restrict f, const char *restrict fmt, va_list ap, const struct __printf_ops *ops)
{
	char buf[BUFSIZ];
	struct sink s = FILE_SINK(f, buf);
	int locked = __lockfile(f), r;

	__format_ops(&s, fmt, ap, ops);
	r = __sink_end(&s);
	__unlockfile(f, locked);
	return r;
}

/* fprintf as <stdio.h>'s macro calls it. */
int __fprintf_sel(const struct __printf_ops *ops, FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_ops(f, fmt, ap, ops);
	va_end(ap);
	return r;
}
