#include <string.h>
#include <unistd.h>
#include "internal/stdio.h"

/* The line and its newline leave in one write() (if under 1 KiB), so two
 * threads' lines never mix.  Returns, as glibc, the bytes written. */
int puts(const char *s)
{
	char buf[BUFSIZ];
	struct sink out = FD_SINK(STDOUT_FILENO, buf);

	__sink_put(&out, s, 0, strlen(s));
	__sink_put(&out, 0, '\n', 1);
	return __sink_end(&out);    /* the byte count, or -1 (EOF) */
}
