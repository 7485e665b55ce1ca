/* A line reader for /etc/hosts and /etc/services (internal/netdb.h). */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "internal/netdb.h"

int __netfile_open(struct netfile *f, const char *path)
{
	f->fd = __open(path, O_RDONLY | O_CLOEXEC);
	f->start = f->end = 0;
	return f->fd < 0 ? -1 : 0;
}

void __netfile_close(struct netfile *f)
{
	__close(f->fd);
}

/* The next line into f->line: its length, -1 at the end, -2 if too long. */
static int next_line(struct netfile *f)
{
	size_t n = 0;
	int too_long = 0;

	for (;;) {
		if (f->start == f->end) {
			ssize_t got = __read(f->fd, f->buf, sizeof f->buf);
			if (got <= 0) {
				if (n == 0 && !too_long)
					return -1;
				break;
			}
			f->start = 0;
			f->end = got;
		}
		char c = f->buf[f->start++];
		if (c == '\n')
			break;
		if (n < sizeof f->line - 1)
			f->line[n++] = c;
		else
			too_long = 1;
	}
	f->line[n] = 0;
	return too_long ? -2 : (int)n;
}

int __netfile_words(struct netfile *f, char **words, int max)
{
	int r, n = 0;
	char *p;

	while ((r = next_line(f)) == -2)
		;
	if (r < 0)
		return -1;
	if ((p = strchr(f->line, '#')))
		*p = 0;
	for (p = f->line; *p && n < max; ) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			*p++ = 0;
		if (!*p)
			break;
		words[n++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
	}
	/* cut the last word off what follows it */
	while (*p && *p != ' ' && *p != '\t' && *p != '\r')
		p++;
	*p = 0;
	return n;
}
