#include <limits.h>
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
 * see vsprintf.c), and their twins __snprintf_sel_int and
 * __sprintf_sel_int. */
PRINTF_ENTRIES(__snprintf_sel, (const struct __printf_ops *ops, char *restrict buf, size_t size,
                                const char *restrict fmt, ...),
               to_string(buf, size, fmt, ap, ops))
PRINTF_ENTRIES(__sprintf_sel, (const struct __printf_ops *ops, char *restrict buf, const char *restrict fmt, ...),
               to_string(buf, INT_MAX + 1u, fmt, ap, ops))
