/* The user database by name and by id.  The _r forms fill the caller's
 * buffer; getpwnam and getpwuid share one static entry, whose buffer
 * grows until the entry fits. */
#include "internal/passwd.h"

weak int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	return __passwd_find(name, 0, pw, buf, size, result);
}

weak int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	return __passwd_find(0, uid, pw, buf, size, result);
}

weak struct passwd *getpwnam(const char *name)
{
	return __passwd_lookup(name, 0);
}

weak struct passwd *getpwuid(uid_t uid)
{
	return __passwd_lookup(0, uid);
}
