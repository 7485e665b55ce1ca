#include <string.h>   /* __memrchr */
#include "internal/stdio.h"

/* A sink on a stream is the stream's own buffer, from wpos on: printf
 * formats its bytes where fwrite would have copied them, so they are
 * never copied at all.  An unbuffered stream (stderr) has no room, so for
 * the one call it borrows the caller's array as its buffer, and writes
 * the array out at the end: one write() per call of up to 1 KiB, as glibc
 * does with its helper buffer.  The caller holds the stream's lock
 * throughout, so no other thread can see the borrowed buffer. */

/* The room is full: count its bytes in, write the buffer out, and go on
 * in the room there is then.  0, or -1 (error indicator set). */
static int flush_room(struct sink *s)
{
	FILE *f = s->to;

	f->wpos += s->len;
	s->len = 0;
	if (__fflush_unlocked(f))
		return -1;
	s->buf = (char *)f->wpos;
	s->size = f->wend - f->wpos;
	return 0;
}

int __sink_file_open(struct sink *s, FILE *f, char *tmp)
{
	/* Field by field: a compound literal is a rep stos at -Os, which
	 * takes some 30 cycles to start (5 % of a short printf's time). */
	s->len = 0;
	s->flush = flush_room;
	s->to = f;
	s->count = 0;
	s->failed = 0;
	s->own = 0;
	if (!f->wend && __towrite(f))
		return -1;
	if (f->wend == f->buf) {
		s->own = f->buf;
		f->buf = f->wpos = (unsigned char *)tmp;
		f->wend = f->buf + BUFSIZ;
	}
	s->buf = (char *)f->wpos;
	s->size = f->wend - f->wpos;
	return 0;
}

/* keep_loops: the move below would become a memmove call. */
keep_loops int __sink_file_close(struct sink *s)
{
	FILE *f = s->to;
	unsigned char *nl, *d;
	size_t keep;
	int r = -1;

	if (!s->failed) {
		f->wpos += s->len;
		r = s->count;
		/* What goes out now: a borrowed buffer all of it; a
		 * line-buffered stream's through the last newline, and the
		 * rest waits at the buffer's start, as fwrite does. */
		nl = s->own ? f->wpos : 0;
		if (!nl && f->mode == _IOLBF && (nl = __memrchr(s->buf, '\n', s->len)))
			nl++;
		if (nl) {
			keep = f->wpos - nl;
			f->wpos = nl;
			if (__fflush_unlocked(f))
				r = -1;
			for (d = f->wpos; keep; keep--)
				*d++ = *nl++;
			f->wpos = d;
		}
	}
	if (s->own)
		f->buf = f->wpos = f->wend = s->own;
	return r;
}
