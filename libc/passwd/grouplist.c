/* getgrouplist and initgroups: group, then every group of /etc/group that
 * lists user as a member, each gid once. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/passwd.h"

/* Is user in the comma-separated member list s? */
static int member(const char *s, const char *user, size_t n)
{
	while (*s) {
		if (!strncmp(s, user, n) && (s[n] == ',' || !s[n]))
			return 1;
		s = strchr(s, ',');
		if (!s)
			break;
		s++;
	}
	return 0;
}

int __getgrouplist(const char *user, gid_t group, gid_t *groups, int *count)
{
	struct db db;
	char *line, *f;
	size_t len, n = strlen(user);
	int found = 0;

	/* The first is always the given group; then the groups found. */
	if (found < *count)
		groups[found] = group;
	found++;
	if (__db_open(&db, "/etc/group") == 0) {
		while ((line = __db_next(&db, &len))) {
			unsigned long long gid = 0;
			/* name:password:gid:members */
			if (!(f = strchr(line, ':')) || !(f = strchr(f + 1, ':')))
				continue;
			for (f++; *f >= '0' && *f <= '9'; f++)
				gid = gid * 10 + (*f - '0');
			if (*f != ':' || gid == group || !member(f + 1, user, n))
				continue;
			int dup = 0;
			for (int i = 1; i < found && i < *count; i++)
				dup |= groups[i] == gid;
			if (dup)
				continue;
			if (found < *count)
				groups[found] = gid;
			found++;
		}
		__db_close(&db);
	}
	if (found > *count) {
		*count = found;
		return -1;
	}
	*count = found;
	return found;
}
weak_alias(__getgrouplist, getgrouplist);

weak int initgroups(const char *user, gid_t group)
{
	int count = NGROUPS_MAX;
	gid_t *groups = malloc(count * sizeof *groups);
	int r;

	if (!groups)
		return -1;
	if (__getgrouplist(user, group, groups, &count) < 0) {
		free(groups);
		errno = EINVAL;      /* more than the kernel's NGROUPS_MAX */
		return -1;
	}
	r = __setgroups(count, groups);
	free(groups);
	return r;
}
