#include <errno.h>
#include <limits.h>
#include "internal/stdio.h"

/* n bytes from p (or n times the byte c) into the sink; see internal/stdio.h. */
void __sink_put(struct sink *s, const char *p, int c, size_t n)
{
	if (s->failed)
		return;
	/* printf returns an int: more output than that is an error. */
	if (n > (size_t)(INT_MAX - s->count)) {
		errno = EOVERFLOW;
		s->failed = 1;
		return;
	}
	s->count += n;
	for (; n; n--) {
		if (s->len == s->size) {
			if (!s->flush)
				return;    /* snprintf: the rest is counted, not kept */
			if (s->flush(s)) {
				s->failed = 1;
				return;
			}
		}
		/* A byte at a time: small, and fast enough for short output. */
		s->buf[s->len++] = p ? *p++ : c;
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
