#include "internal/stdio.h"

/* printf to a stream, under its lock, with the parts of the engine in
 * ops, straight into the stream's buffer (see sink_file.c). */
int __vfprintf_ops(FILE *restrict f, const char *restrict fmt, va_list ap,
                   const struct __printf_ops *ops)
{
	char buf[BUFSIZ];   /* an unbuffered stream's buffer for the call */
	struct sink s;
	int locked = __lockfile(f), r = -1;

	if (!__sink_file_open(&s, f, buf)) {
		__format_ops(&s, fmt, ap, ops);
		r = __sink_file_close(&s);
	}
	__unlockfile(f, locked);
	return r;
}

/* fprintf as <stdio.h>'s macro calls it, and its twin __fprintf_sel_int. */
PRINTF_ENTRIES(__fprintf_sel, (const struct __printf_ops *ops, FILE *restrict f, const char *restrict fmt, ...),
               __vfprintf_ops(f, fmt, ap, ops))
