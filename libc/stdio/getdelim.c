#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"

/* Read up to and with delim into *line, which grows (realloc) to hold it
 * and a NUL; *n is its size.  Returns the bytes read, or -1 at the end of
 * the file with nothing read, on error, or EINVAL for a NULL line or n. */
ssize_t __getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f)
{
	size_t len = 0, k, want;
	unsigned char *end;
	char *p;
	int locked, c, done = 0;

	if (!line || !n) {
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*n = 0;
	locked = __lockfile(f);
	while (!done) {
		if (f->rpos == f->rend) {
			if ((c = __uflow(f)) == EOF)
				break;
			f->rpos--;      /* the byte is still in the buffer */
		}
		k = f->rend - f->rpos;
		end = memchr(f->rpos, delim, k);
		if (end) {
			k = end - f->rpos + 1;
			done = 1;
		}
		if (len + k + 1 > *n) {
			want = len + k + 1;
			if (want < 120)
				want = 120;
			else if (want <= SIZE_MAX / 2)
				want *= 2;
			if (want > (size_t)SSIZE_MAX) {
				errno = EOVERFLOW;
				len = 0;
				goto fail;
			}
			p = realloc(*line, want);
			if (!p)
				goto fail;
			*line = p;
			*n = want;
		}
		memcpy(*line + len, f->rpos, k);
		f->rpos += k;
		len += k;
	}
	if (!len || (f->flags & F_ERR && !done)) {
		if (*line && *n)
			**line = 0;
		goto fail;
	}
	(*line)[len] = 0;
	__unlockfile(f, locked);
	return len;
fail:
	__unlockfile(f, locked);
	return -1;
}
weak_alias(__getdelim, getdelim);

weak ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f)
{
	return __getdelim(line, n, '\n', f);
}
