/* The user database by name and by id.  The _r forms fill the caller's
 * buffer; getpwnam and getpwuid share one static entry, whose buffer
 * grows until the entry fits. */
#include <errno.h>
#include <stdlib.h>
#include "internal/passwd.h"

weak int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	return __passwd_find(name, 0, pw, buf, size, result);
}

weak int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	return __passwd_find(0, uid, pw, buf, size, result);
}

static struct passwd *lookup(const char *name, uid_t uid)
{
	static struct passwd entry;
	static char *buf;
	static size_t size;
	struct passwd *result;
	int r;

	for (;;) {
		if (buf && (r = __passwd_find(name, uid, &entry, buf, size, &result)) != ERANGE)
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

weak struct passwd *getpwnam(const char *name)
{
	return lookup(name, 0);
}

weak struct passwd *getpwuid(uid_t uid)
{
	return lookup(0, uid);
}
