#include "internal/stdio.h"

/* A new buffer or mode, before the first operation on the stream (later,
 * pending output is written out and unread input dropped first).  The
 * first UNGET bytes of the program's buffer are kept for ungetc; one
 * too small for that leaves the stream's own.  buf NULL keeps the
 * stream's own buffer and changes only the mode.  Any mode but the three
 * is refused with EOF, errno untouched, as glibc does. */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	int locked;

	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return EOF;
	locked = __lockfile(f);
	__fflush_unlocked(f);
	f->rpos = f->rend = f->wpos = f->wend = 0;
	f->mode = mode;
	if (mode == _IONBF) {
		f->buf = f->tiny + UNGET;
		f->size = 1;
	} else if (buf && size > UNGET + 1) {
		f->buf = (unsigned char *)buf + UNGET;
		f->size = size - UNGET;
	}
	__unlockfile(f, locked);
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

weak void setbuffer(FILE *restrict f, char *restrict buf, size_t size)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, size);
}

weak void setlinebuf(FILE *f)
{
	setvbuf(f, 0, _IOLBF, 0);
}
