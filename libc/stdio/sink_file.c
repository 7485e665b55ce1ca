#include "internal/stdio.h"

/* A flushing sink's bytes into its FILE (the caller holds its lock). */
int __sink_file(struct sink *s)
{
	size_t n = s->len;

	s->len = 0;
	return __fwritex((const unsigned char *)s->buf, n, s->to) == n ? 0 : -1;
}
