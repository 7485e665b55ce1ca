#include <errno.h>
#include <string.h>
#include "internal/stdio.h"

/* "s: message\n" (just "message\n" for a NULL or empty s) on stderr,
 * under its lock, in one write() while stderr is unbuffered. */
void perror(const char *s)
{
	const char *msg = strerror(errno);  /* read errno before anything can change it */
	char buf[BUFSIZ];
	struct sink out;
	int locked = __lockfile(stderr);

	if (!__sink_file_open(&out, stderr, buf)) {
		if (s && *s) {
			__sink_put(&out, s, 0, strlen(s));
			__sink_put(&out, ": ", 0, 2);
		}
		__sink_put(&out, msg, 0, strlen(msg));
		__sink_put(&out, "\n", 0, 1);
		__sink_file_close(&out);
	}
	__unlockfile(stderr, locked);
}
