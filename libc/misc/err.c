#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include "internal/err.h"

/* warn() and warnx(), then exit(status). */
weak _Noreturn void verr(int status, const char *fmt, va_list ap)
{
	__warn_print(errno, fmt, ap);
	exit(status);
}

weak _Noreturn void verrx(int status, const char *fmt, va_list ap)
{
	__warn_print(-1, fmt, ap);
	exit(status);
}

weak _Noreturn void err(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__warn_print(errno, fmt, ap);
	va_end(ap);
	exit(status);
}

weak _Noreturn void errx(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__warn_print(-1, fmt, ap);
	va_end(ap);
	exit(status);
}
