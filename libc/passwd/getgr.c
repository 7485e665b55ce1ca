/* The group database by name and by id, as libc/passwd/getpw.c. */
#include <errno.h>
#include <stdlib.h>
#include "internal/passwd.h"

weak int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result)
{
	return __group_find(name, 0, gr, buf, size, result);
}

weak int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result)
{
	return __group_find(0, gid, gr, buf, size, result);
}

static struct group *lookup(const char *name, gid_t gid)
{
	static struct group entry;
	static char *buf;
	static size_t size;
	struct group *result;
	int r;

	for (;;) {
		if (buf && (r = __group_find(name, gid, &entry, buf, size, &result)) != ERANGE)
			break;
		char *bigger = realloc(buf, size ? 2 * size : 256);
		if (!bigger)
			return 0;            /* ENOMEM */
		buf = bigger;
		size = size ? 2 * size : 256;
	}
	if (r)
		errno = r;
	return result;
}

weak struct group *getgrnam(const char *name)
{
	return lookup(name, 0);
}

weak struct group *getgrgid(gid_t gid)
{
	return lookup(0, gid);
}
