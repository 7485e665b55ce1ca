/* <err.h>: BSD's messages on stderr, "prog: message: strerror(errno)\n"
 * (warn, err) or "prog: message\n" (warnx, errx), prog being
 * program_invocation_short_name; the err family then exits. */
#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>
#include <features.h>

void warn(const char *fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
void vwarn(const char *fmt, va_list ap) __attribute__((__format__(__printf__, 1, 0)));
void warnx(const char *fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
void vwarnx(const char *fmt, va_list ap) __attribute__((__format__(__printf__, 1, 0)));
_Noreturn void err(int status, const char *fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
_Noreturn void verr(int status, const char *fmt, va_list ap) __attribute__((__format__(__printf__, 2, 0)));
_Noreturn void errx(int status, const char *fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
_Noreturn void verrx(int status, const char *fmt, va_list ap) __attribute__((__format__(__printf__, 2, 0)));

#endif
