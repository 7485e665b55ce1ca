#include "internal/stdio.h"

/* The string reader: the NUL is the end of the input. */
static int str_get(struct reader *r)
{
	return *r->s ? *r->s++ : EOF;
}

static void str_unget(struct reader *r, int c)
{
	(void)c;
	r->s--;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	struct reader r = { str_get, str_unget, (const unsigned char *)s, 0, 0 };

	return __scan(&r, fmt, ap);
}

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}
