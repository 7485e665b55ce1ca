#include <errno.h>
#include <limits.h>
#include "internal/stdio.h"
#include "internal/word.h"

/* n bytes from p (or n times the byte c) into the sink; see internal/stdio.h.
 * printf calls this for every piece of every field, most of them 0 to 10
 * bytes long and nearly all of them fitting the room left, so that case
 * is a leaf: no call, so no register to save, and the copy works on
 * locals (a store through a char pointer may alias the sink itself, and
 * copying into s->buf[s->len++] made the compiler reload buf, len and
 * size for every byte).  A piece that does not fit goes to put_more,
 * which hands it back here a roomful at a time.  The copy goes a word at
 * a time, then byte by byte; the loops stay loops (keep_loops: gcc would
 * make them memcpy and memset calls, and the pieces are short). */
static void put_more(struct sink *s, const char *p, int c, size_t n);

keep_loops void __sink_put(struct sink *s, const char *p, int c, size_t n)
{
	char *d;
	size_t k;

	if (!n)
		return;         /* (5 of printf("%d %s %ld %s\n")'s 13 pieces) */
	/* printf returns an int: more output than that is an error
	 * (put_more says so). */
	if (n > s->size - s->len || n > (size_t)(INT_MAX - s->count) || s->failed) {
		put_more(s, p, c, n);
		return;
	}
	d = s->buf + s->len;
	s->len += n;
	s->count += n;
	k = 0;
	if (p) {
		/* a word at a time while a whole one is left */
		for (; n - k >= WORD_SIZE; k += WORD_SIZE) {
			word w = word_load(p + k);
			__builtin_memcpy(d + k, &w, WORD_SIZE);
		}
		for (; k < n; k++)
			d[k] = p[k];
	}
	else
		do      /* (n >= 1: the test at the loop's end) */
			d[k] = (char)c;
		while (++k < n);
}

/* The rest of __sink_put: a piece bigger than the room left, or one that
 * takes the count past INT_MAX, or any piece after a failure. */
__attribute__((__noinline__))
static void put_more(struct sink *s, const char *p, int c, size_t n)
{
	size_t k;

	if (s->failed)
		return;
	if (n > (size_t)(INT_MAX - s->count)) {
		errno = EOVERFLOW;
		s->failed = 1;
		return;
	}
	for (;;) {
		k = s->size - s->len;
		if (k > n)
			k = n;
		__sink_put(s, p, c, k);         /* (fits: never back here) */
		n -= k;
		if (!s->flush) {
			s->count += n;  /* snprintf: what did not fit is counted, not kept */
			return;
		}
		if (!n)
			return;
		if (p)
			p += k;
		if (s->flush(s)) {
			s->failed = 1;
			return;
		}
	}
}

int __sink_end(struct sink *s)
{
	if (!s->flush) {
		if (s->buf)
			s->buf[s->len] = 0;    /* STRING_SINK kept a byte for it */
	} else if (!s->failed && s->flush(s)) {
		s->failed = 1;
	}
	return s->failed ? -1 : s->count;
}
