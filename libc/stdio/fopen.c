#include <fcntl.h>
#include <unistd.h>
#include "internal/stdio.h"

/* The kernel says what is wrong with the path (EISDIR for a directory
 * opened to write, ENOENT, EEXIST with x, ...). */
FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int flags = __stdio_mode(mode), fd;
	FILE *f;

	if (flags < 0)
		return 0;
	fd = __open(path, flags, 0666);
	if (fd < 0)
		return 0;
	f = __stdio_new(fd, flags, STDIO_BUFSIZ, 0);
	if (!f)
		__close(fd);
	return f;
}
