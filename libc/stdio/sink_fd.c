#include "internal/stdio.h"

/* A flushing sink's bytes to its file descriptor (dprintf). */
int __sink_fd(struct sink *s)
{
	size_t n = s->len;

	s->len = 0;
	return __write_all(s->fd, s->buf, n) == n ? 0 : -1;
}
