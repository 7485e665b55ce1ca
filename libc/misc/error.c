#include <errno.h>
#include <error.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"

weak void (*error_print_progname)(void);
weak int error_one_per_line;
weak unsigned error_message_count;

/* The message after the program's name: fmt, ": strerror(errnum)" for
 * a nonzero errnum, "\n"; stdout is flushed first and the process exits
 * after it for a nonzero status, as in glibc.  where is NULL (error),
 * or "file:line: " / " " (error_at_line, after "prog:"). */
static void report(int status, int errnum, const char *where, const char *fmt, va_list ap)
{
	char buf[BUFSIZ];
	struct sink out = FD_SINK(2, buf);

	fflush(stdout);
	if (error_print_progname) {
		error_print_progname();
	} else {
		const char *name = __program_invocation_name;

		__sink_put(&out, name, 0, strlen(name));
		__sink_put(&out, ":", 0, 1);
		if (!where)
			__sink_put(&out, " ", 0, 1);
	}
	if (where)
		__sink_put(&out, where, 0, strlen(where));
	__format(&out, fmt, ap);
	error_message_count++;
	if (errnum) {
		const char *msg = strerror(errnum);

		__sink_put(&out, ": ", 0, 2);
		__sink_put(&out, msg, 0, strlen(msg));
	}
	__sink_put(&out, "\n", 0, 1);
	__sink_end(&out);
	if (status)
		exit(status);
}

weak void error(int status, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(status, errnum, 0, fmt, ap);
	va_end(ap);
}

/* With error_one_per_line, a second report of the same file and line in
 * a row prints nothing, counts nothing and does not exit (glibc). */
weak void error_at_line(int status, int errnum, const char *file, unsigned line, const char *fmt, ...)
{
	static const char *last_file;
	static unsigned last_line;
	char where[4096 + 16];
	va_list ap;

	if (error_one_per_line) {
		if (line == last_line && (file == last_file || (file && last_file && !strcmp(file, last_file))))
			return;
		last_file = file;
		last_line = line;
	}
	if (file)
		snprintf(where, sizeof where, "%s:%u: ", file, line);
	else
		strcpy(where, " ");
	va_start(ap, fmt);
	report(status, errnum, where, fmt, ap);
	va_end(ap);
}
