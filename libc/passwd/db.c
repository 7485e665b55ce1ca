/* Reading a database file line by line (internal/passwd.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/passwd.h"

int __db_open(struct db *db, const char *path)
{
	db->fd = __open(path, O_RDONLY | O_CLOEXEC);
	db->start = db->end = 0;
	db->line = 0;
	db->line_cap = 0;
	return db->fd < 0 ? -1 : 0;
}

void __db_close(struct db *db)
{
	if (db->fd >= 0)
		__close(db->fd);
	db->fd = -1;
	free(db->line);
	db->line = 0;
}

/* Refill buf after its unread bytes (moved to the front); 0 at the end. */
static size_t refill(struct db *db)
{
	ssize_t n;

	memmove(db->buf, db->buf + db->start, db->end - db->start);
	db->end -= db->start;
	db->start = 0;
	do
		n = __read(db->fd, db->buf + db->end, sizeof db->buf - db->end);
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return 0;
	db->end += n;
	return n;
}

/* A line that fits in buf is handed out in place; one longer than buf is
 * gathered into db->line. */
char *__db_next(struct db *db, size_t *len)
{
	size_t have = 0;

	if (db->fd < 0)
		return 0;
	for (;;) {
		char *p = db->buf + db->start, *nl;
		size_t avail = db->end - db->start, n;

		nl = memchr(p, '\n', avail);
		n = nl ? (size_t)(nl - p) : avail;
		if (!have) {
			if (nl) {
				*nl = 0;
				db->start += n + 1;
				*len = n;
				return p;
			}
			if (avail < sizeof db->buf) {
				if (refill(db))
					continue;
				if (!avail)
					return 0;     /* the end of the file */
				/* the last line, without a newline: refill
				 * moved it to the front, and its NUL fits */
				db->buf[avail] = 0;
				db->start = db->end;
				*len = avail;
				return db->buf;
			}
		}
		if (have + n + 1 > db->line_cap) {
			char *bigger = realloc(db->line, have + n + 1 + sizeof db->buf);
			if (!bigger)
				return 0;
			db->line = bigger;
			db->line_cap = have + n + 1 + sizeof db->buf;
		}
		memcpy(db->line + have, p, n);
		have += n;
		db->start += n + (nl != 0);
		if (nl || !refill(db)) {
			db->line[have] = 0;
			*len = have;
			return db->line;
		}
	}
}
