#include <errno.h>
#include "internal/stdio.h"

/* Leave the writing state (its bytes go out first) and set up the
 * reading one, with an empty buffer. */
int __toread(FILE *f)
{
	if (f->flags & F_NORD) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->wend) {
		if (__fflush_unlocked(f))
			return EOF;
		f->wpos = f->wend = 0;
	}
	if (f->mode < 0)
		__stdio_probe(f);
	f->rpos = f->rend = f->buf;
	return 0;
}
