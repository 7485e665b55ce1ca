#include "internal/stdio.h"

/* putc when the fast path (room in the buffer, no newline) does not
 * apply: a newline, a full or absent buffer, an unbuffered stream. */
int __putc_slow(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;

	if (f->wpos != f->wend && f->mode != _IOLBF)
		return *f->wpos++ = b;
	return __fwritex(&b, 1, f) ? b : EOF;
}
