#include <unistd.h>
#include "internal/stdio.h"

/* stdout is always file descriptor 1: go there directly. */
int vprintf(const char *restrict fmt, va_list ap)
{
	return vdprintf(STDOUT_FILENO, fmt, ap);
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(STDOUT_FILENO, fmt, ap);
	va_end(ap);
	return r;
}
