#include "internal/stdio.h"

/* Format into buf, keeping at most size - 1 bytes and always a NUL when
 * size > 0 (size 0 stores nothing, and buf may then be NULL).  Returns the
 * length the whole output would have had. */
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
{
	struct sink s = STRING_SINK(buf, size);

	__format(&s, fmt, ap);
	return __sink_end(&s);
}

int (snprintf)(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return r;
}
