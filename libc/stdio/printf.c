#include <unistd.h>
#include "internal/stdio.h"
#include "internal/defs.h"

/* stdout is always file descriptor 1: go there directly. */
int vprintf(const char *restrict fmt, va_list ap)
{
	return __vdprintf(STDOUT_FILENO, fmt, ap);
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf(STDOUT_FILENO, fmt, ap);
	va_end(ap);
	return r;
}
