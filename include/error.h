/* <error.h>: GNU's error messages on stderr,
 *   "prog: message: strerror(errnum)\n"             error()
 *   "prog:file:line: message: strerror(errnum)\n"   error_at_line()
 * (no ": strerror" for errnum 0; prog is program_invocation_name), then
 * exit(status) unless status is 0. */
#ifndef _ERROR_H
#define _ERROR_H

#include <features.h>

void error(int status, int errnum, const char *fmt, ...) __attribute__((__format__(__printf__, 3, 4)));
void error_at_line(int status, int errnum, const char *file, unsigned line, const char *fmt, ...)
	__attribute__((__format__(__printf__, 5, 6)));

/* Set by the program: a function that prints the "prog:" part instead;
 * nonzero: error_at_line reports each file and line only once in a row. */
typedef void __error_print_progname_fn(void);
extern __error_print_progname_fn *error_print_progname;
extern int error_one_per_line;
/* How many messages error and error_at_line have printed. */
extern unsigned error_message_count;

#endif
