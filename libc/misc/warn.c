#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "internal/err.h"
#include "internal/stdio.h"

void __warn_print(int errnum, const char *fmt, va_list ap)
{
	const char *name = __program_invocation_short_name;
	char buf[BUFSIZ];
	struct sink out = FD_SINK(2, buf);

	fflush(stdout);
	__sink_put(&out, name, 0, strlen(name));
	__sink_put(&out, ": ", 0, 2);
	if (fmt) {
		__format(&out, fmt, ap);
		if (errnum >= 0)
			__sink_put(&out, ": ", 0, 2);
	}
	if (errnum >= 0) {
		const char *msg = strerror(errnum);

		__sink_put(&out, msg, 0, strlen(msg));
	}
	__sink_put(&out, "\n", 0, 1);
	__sink_end(&out);
}

weak void vwarn(const char *fmt, va_list ap)
{
	__warn_print(errno, fmt, ap);
}

weak void vwarnx(const char *fmt, va_list ap)
{
	__warn_print(-1, fmt, ap);
}

weak void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__warn_print(errno, fmt, ap);
	va_end(ap);
}

weak void warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__warn_print(-1, fmt, ap);
	va_end(ap);
}
