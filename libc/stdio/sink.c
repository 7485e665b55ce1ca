#include <errno.h>
#include <limits.h>
#include "internal/stdio.h"

/* n bytes from p (or n times the byte c) into the sink; see internal/stdio.h.
 * printf calls this for every piece of every field, most of them 0 to 10
 * bytes long, so the empty piece returns at once and the copy works on
 * locals: a store through a char pointer may alias the sink itself, and
 * copying into s->buf[s->len++] made the compiler reload buf, len and size
 * for every byte.  The copy stays a byte loop (keep_loops: gcc would make
 * it a memcpy call, and the pieces are short). */
keep_loops void __sink_put(struct sink *s, const char *p, int c, size_t n)
{
	char *d;
	size_t k;

	if (!n || s->failed)
		return;
	/* printf returns an int: more output than that is an error. */
	if (n > (size_t)(INT_MAX - s->count)) {
		errno = EOVERFLOW;
		s->failed = 1;
		return;
	}
	s->count += n;
	for (;;) {
		k = s->size - s->len;
		if (k > n)
			k = n;
		n -= k;
		if (k) {    /* (a NULL buf, snprintf(0, 0), has no room) */
			d = s->buf + s->len;
			s->len += k;
			if (p)
				for (; k; k--)
					*d++ = *p++;
			else
				for (; k; k--)
					*d++ = (char)c;
		}
		if (!n || !s->flush)
			return;    /* snprintf: what did not fit is counted, not kept */
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
