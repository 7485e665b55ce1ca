#include "internal/stdio.h"

/* The v-forms, fprintf itself and &fprintf: the whole engine. */
int __vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return __vfprintf_ops(f, fmt, ap, &__printf_ops15);
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return __vfprintf(f, fmt, ap);
}

int (fprintf)(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}
