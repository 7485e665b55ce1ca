/* Walking the user database: setpwent rewinds, getpwent hands out the
 * next valid entry (in one static entry and buffer), endpwent closes. */
#include <stdlib.h>
#include "internal/passwd.h"

static struct db db = { .fd = -1 };
static int opened;

weak void setpwent(void)
{
	__db_close(&db);
	opened = 0;
}

weak void endpwent(void)
{
	setpwent();
}

weak struct passwd *getpwent(void)
{
	static struct passwd entry;
	static char *buf;
	static size_t size;
	char *line;
	size_t len;

	if (!opened) {
		opened = 1;
		if (__db_open(&db, "/etc/passwd") < 0)
			return 0;
	}
	while ((line = __db_next(&db, &len))) {
		if (len + 1 > size) {
			char *bigger = realloc(buf, len + 1);
			if (!bigger)
				return 0;
			buf = bigger;
			size = len + 1;
		}
		if (__passwd_parse(line, len, &entry, buf, size) > 0)
			return &entry;
	}
	return 0;
}
