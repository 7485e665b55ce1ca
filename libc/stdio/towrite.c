#include <errno.h>
#include "internal/stdio.h"

/* Leave the reading state (giving the unread bytes back to the file, as
 * glibc does when a program writes after reading without a seek) and
 * set up the writing one. */
int __towrite(FILE *f)
{
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->rend) {
		if (f->rpos != f->rend && f->seek)
			f->seek(f, f->rpos - f->rend, SEEK_CUR);
		f->rpos = f->rend = 0;
	}
	if (f->mode < 0)
		__stdio_probe(f);
	f->wpos = f->buf;
	f->wend = f->buf + (f->mode == _IONBF ? 0 : f->size);
	return 0;
}
