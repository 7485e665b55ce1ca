#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "internal/stdio.h"

/* "s: message\n" (just "message\n" for a NULL or empty s) on stderr, in
 * one write(). */
void perror(const char *s)
{
	const char *msg = strerror(errno);  /* read errno before anything can change it */
	char buf[BUFSIZ];
	struct sink out = FD_SINK(STDERR_FILENO, buf);

	if (s && *s) {
		__sink_put(&out, s, 0, strlen(s));
		__sink_put(&out, ": ", 0, 2);
	}
	__sink_put(&out, msg, 0, strlen(msg));
	__sink_put(&out, "\n", 0, 1);
	__sink_end(&out);
}
