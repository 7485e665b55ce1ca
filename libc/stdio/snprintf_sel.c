#include <limits.h>
#include <arch/arch.h>
#include "internal/stdio.h"

/* vsnprintf (vsnprintf.c) with the parts of the engine in ops. */
static int to_string(char *restrict buf, size_t size, const char *restrict fmt, va_list ap,
		     const struct __printf_ops *ops)
{
	struct sink s = STRING_SINK(buf, size);

	__format_ops(&s, fmt, ap, ops);
	return __sink_end(&s);
}

/* snprintf and sprintf as <stdio.h>'s macros call them (sprintf's size:
 * see vsprintf.c). */
int __snprintf_sel(const struct __printf_ops *ops, char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = to_string(buf, size, fmt, ap, ops);
	va_end(ap);
	return r;
}

int __sprintf_sel(const struct __printf_ops *ops, char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = to_string(buf, INT_MAX + 1u, fmt, ap, ops);
	va_end(ap);
	return r;
}

/* The same two, for a call with no floating argument (see
 * arch/generic/arch.h). */
#ifdef ARCH_INT_ONLY_VARARGS
ARCH_INT_ONLY_VARARGS int __snprintf_sel_int(const struct __printf_ops *ops, char *restrict buf, size_t size,
                                        const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = to_string(buf, size, fmt, ap, ops);
	va_end(ap);
	return r;
}

ARCH_INT_ONLY_VARARGS int __sprintf_sel_int(const struct __printf_ops *ops, char *restrict buf,
                                       const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = to_string(buf, INT_MAX + 1u, fmt, ap, ops);
	va_end(ap);
	return r;
}
#else
weak_alias(__snprintf_sel, __snprintf_sel_int);
weak_alias(__sprintf_sel, __sprintf_sel_int);
#endif
