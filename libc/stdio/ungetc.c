#include "internal/stdio.h"

/* Back into the buffer, just before the next unread byte, with room for
 * UNGET bytes even right after a refill.  Clears the end-of-file
 * indicator; ungetc(EOF) changes nothing and returns EOF. */
int ungetc(int c, FILE *f)
{
	int locked;

	if (c == EOF)
		return EOF;
	locked = __lockfile(f);
	if ((!f->rend && __toread(f)) || f->rpos <= f->buf - UNGET)
		c = EOF;
	else {
		*--f->rpos = (unsigned char)c;
		f->flags &= ~F_EOF;
		c = (unsigned char)c;
	}
	__unlockfile(f, locked);
	return c;
}
