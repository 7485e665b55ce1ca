/* Parsing passwd and group lines in place (internal/passwd.h).
 *
 *   passwd:  name:password:uid:gid:gecos:dir:shell
 *   group:   name:password:gid:member,member,...
 *
 * The line is copied into the caller's buffer and cut at each ':' (and
 * ',' among the members); a group's member pointers follow the strings,
 * aligned.  A line with too few fields or a uid/gid that is not a decimal
 * number is no entry (glibc skips it too), nor is a blank or '#' line. */
#include <stdint.h>
#include <string.h>
#include "internal/passwd.h"

/* Cut s at each ':' into at most n fields; the count found. */
static int split(char *s, char **field, int n)
{
	int k = 0;

	field[k++] = s;
	for (; *s && k < n; s++)
		if (*s == ':') {
			*s = 0;
			field[k++] = s + 1;
		}
	return k;
}

/* A decimal id, all digits and below 2^32 - 1 (the kernel's "no id"). */
static int parse_id(const char *s, unsigned *id)
{
	unsigned long long v = 0;

	if (!*s)
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || (v = v * 10 + (*s - '0')) >= 0xffffffffu)
			return 0;
	}
	*id = v;
	return 1;
}

static int copy_in(const char *line, size_t len, char *buf, size_t size)
{
	if (len + 1 > size)
		return -1;
	memcpy(buf, line, len + 1);
	return 0;
}

int __passwd_parse(const char *line, size_t len, struct passwd *pw, char *buf, size_t size)
{
	char *f[7];

	if (!len || *line == '#')
		return 0;
	if (copy_in(line, len, buf, size) < 0)
		return -1;
	if (split(buf, f, 7) != 7 || strchr(f[6], ':')
	    || !parse_id(f[2], &pw->pw_uid) || !parse_id(f[3], &pw->pw_gid))
		return 0;
	pw->pw_name = f[0];
	pw->pw_passwd = f[1];
	pw->pw_gecos = f[4];
	pw->pw_dir = f[5];
	pw->pw_shell = f[6];
	return 1;
}

int __group_parse(const char *line, size_t len, struct group *gr, char *buf, size_t size)
{
	char *f[4], *s, **members;
	size_t count = 1, used;

	if (!len || *line == '#')
		return 0;
	if (copy_in(line, len, buf, size) < 0)
		return -1;
	if (split(buf, f, 4) != 4 || strchr(f[3], ':') || !parse_id(f[2], &gr->gr_gid))
		return 0;
	for (s = f[3]; *s; s++)
		count += *s == ',';
	/* the pointers go after the strings, at an address aligned for one
	 * (the caller's buffer need not be) */
	used = ROUND_UP((uintptr_t)buf + len + 1, sizeof(char *)) - (uintptr_t)buf;
	if (used + (count + 1) * sizeof(char *) > size)
		return -1;
	members = (char **)(void *)(buf + used);
	count = 0;
	if (*f[3]) {
		members[count++] = s = f[3];
		for (; *s; s++)
			if (*s == ',') {
				*s = 0;
				members[count++] = s + 1;
			}
	}
	members[count] = 0;
	gr->gr_name = f[0];
	gr->gr_passwd = f[1];
	gr->gr_mem = members;
	return 1;
}
