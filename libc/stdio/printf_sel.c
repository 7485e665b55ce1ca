#include <arch/arch.h>
#include "internal/stdio.h"

/* printf as <stdio.h>'s macro calls it, with the parts of the engine the
 * call needs (libc/stdio/format.c). */
int __printf_sel(const struct __printf_ops *ops, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_ops(stdout, fmt, ap, ops);
	va_end(ap);
	return r;
}

/* The same, for a call with no floating argument (see arch/generic/arch.h). */
#ifdef ARCH_INT_ONLY_VARARGS
ARCH_INT_ONLY_VARARGS int __printf_sel_int(const struct __printf_ops *ops, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_ops(stdout, fmt, ap, ops);
	va_end(ap);
	return r;
}
#else
weak_alias(__printf_sel, __printf_sel_int);
#endif
