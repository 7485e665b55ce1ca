#include "internal/stdio.h"
#include "internal/defs.h"

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return __vdprintf(f->fd, fmt, ap);
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf(f->fd, fmt, ap);
	va_end(ap);
	return r;
}
