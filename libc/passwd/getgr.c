/* The group database by name and by id, as libc/passwd/getpw.c. */
#include "internal/passwd.h"

weak int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result)
{
	return __group_find(name, 0, gr, buf, size, result);
}

weak int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result)
{
	return __group_find(0, gid, gr, buf, size, result);
}

weak struct group *getgrnam(const char *name)
{
	return __group_lookup(name, 0);
}

weak struct group *getgrgid(gid_t gid)
{
	return __group_lookup(0, gid);
}
