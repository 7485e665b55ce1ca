#include "internal/stdio.h"

/* Refill the empty buffer and take its first byte.  The end of the file
 * is sticky (as in glibc since 2.28): once seen, nothing is read until
 * clearerr or a seek.  Reading a line-buffered or unbuffered stream first
 * writes out stdout if that is line-buffered, as glibc does, so that a
 * prompt shows before the program waits for its answer. */
int __uflow(FILE *f)
{
	ssize_t r;

	if (!f->rend && __toread(f))
		return EOF;
	if (f->flags & F_EOF)
		return EOF;
	if (f->mode != _IOFBF && __stdout_used && __stdout_used != f
	    && __stdout_used->mode == _IOLBF && __stdout_used->wpos) {
		int locked = __lockfile(__stdout_used);
		__fflush_unlocked(__stdout_used);
		__unlockfile(__stdout_used, locked);
	}
	r = f->read(f, f->buf, f->mode == _IONBF ? 1 : f->size);
	f->rpos = f->rend = f->buf;
	if (r <= 0) {
		f->flags |= r ? F_ERR : F_EOF;
		return EOF;
	}
	f->rend += r;
	return *f->rpos++;
}
