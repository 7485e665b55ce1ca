#include <errno.h>
#include <stdlib.h>
#include "internal/stdio.h"

/* The output grows in a heap array: the stack buffer's bytes are appended
 * to it at every flush. */
struct grow {
	char *data;
	size_t len, cap;
};

static int grow_flush(struct sink *s)
{
	struct grow *g = s->to;
	size_t need = g->len + s->len + 1, cap = g->cap;
	char *p;

	if (need > cap) {
		while (cap < need)
			cap = cap * 2 + 64;
		p = realloc(g->data, cap);
		if (!p)
			return -1;
		g->data = p;
		g->cap = cap;
	}
	__builtin_memcpy(g->data + g->len, s->buf, s->len);
	g->len += s->len;
	g->data[g->len] = 0;
	s->len = 0;
	return 0;
}

/* *s is the string (the program frees it), and the return its length;
 * -1 if out of memory, with *s left unspecified as in glibc (here NULL). */
int __vasprintf(char **restrict out, const char *restrict fmt, va_list ap)
{
	char buf[BUFSIZ];
	struct grow g = { 0, 0, 0 };
	struct sink s = { buf, sizeof buf, 0, grow_flush, &g, -1, 0, 0, 0 };
	int r;

	__format(&s, fmt, ap);
	r = __sink_end(&s);
	if (r < 0) {
		free(g.data);
		*out = 0;
		return -1;
	}
	*out = g.data;
	return r;
}
weak_alias(__vasprintf, vasprintf);

weak int asprintf(char **restrict out, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vasprintf(out, fmt, ap);
	va_end(ap);
	return r;
}
