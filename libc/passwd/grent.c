/* Walking the group database, as libc/passwd/pwent.c. */
#include <stdlib.h>
#include "internal/passwd.h"

static struct db db = { .fd = -1 };
static int opened;

weak void setgrent(void)
{
	__db_close(&db);
	opened = 0;
}

weak void endgrent(void)
{
	setgrent();
}

/* The buffer holds the line and its member pointers: at most one pointer
 * per two bytes of line, plus the terminator and alignment. */
weak struct group *getgrent(void)
{
	static struct group entry;
	static char *buf;
	static size_t size;
	char *line;
	size_t len, need;

	if (!opened) {
		opened = 1;
		if (__db_open(&db, "/etc/group") < 0)
			return 0;
	}
	while ((line = __db_next(&db, &len))) {
		need = len + 1 + (len / 2 + 2) * sizeof(char *) + sizeof(char *);
		if (need > size) {
			char *bigger = realloc(buf, need);
			if (!bigger)
				return 0;
			buf = bigger;
			size = need;
		}
		if (__group_parse(line, len, &entry, buf, size) > 0)
			return &entry;
	}
	return 0;
}
