#include "internal/stdio.h"

int vprintf(const char *restrict fmt, va_list ap)
{
	return __vfprintf(stdout, fmt, ap);
}

int (printf)(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
