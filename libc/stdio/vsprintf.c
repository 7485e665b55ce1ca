#include <limits.h>
#include "internal/stdio.h"

/* sprintf trusts buf to be big enough.  No output can pass INT_MAX bytes
 * anyway (that is an EOVERFLOW error), so that is the size to promise. */
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return vsnprintf(buf, INT_MAX + 1u, fmt, ap);
}

int (sprintf)(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, INT_MAX + 1u, fmt, ap);
	va_end(ap);
	return r;
}
