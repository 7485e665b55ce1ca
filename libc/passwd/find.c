/* One passwd or group entry by name or id: a pass over the file that
 * compares the raw line's key first and parses only the line that
 * matches, so that a small buffer fails (ERANGE) for that entry alone. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/passwd.h"

/* Does the line's entry have this name (name != 0) or this id (field 2,
 * the uid or gid, as a decimal number)? */
static int matches(const char *line, const char *name, unsigned id)
{
	size_t n;
	unsigned long long v = 0;
	const char *s;

	if (name) {
		n = strlen(name);
		return !strncmp(line, name, n) && line[n] == ':';
	}
	s = strchr(line, ':');
	if (!s || !(s = strchr(s + 1, ':')))
		return 0;
	for (s++; *s >= '0' && *s <= '9'; s++)
		if ((v = v * 10 + (*s - '0')) > 0xffffffffu)
			return 0;
	return *s == ':' && v == id;
}

/* The shared pass; parse is one of the two adapters below. */
static int find(const char *path, const char *name, unsigned id, void *entry, char *buf, size_t size,
                void **result, int (*parse)(const char *, size_t, void *, char *, size_t))
{
	struct db db;
	char *line;
	size_t len;
	int r = 0, saved = errno;

	*result = 0;
	if (__db_open(&db, path) < 0) {
		r = errno == ENOENT ? 0 : errno;   /* no file: no entry */
		errno = saved;
		return r;
	}
	while ((line = __db_next(&db, &len))) {
		if (!matches(line, name, id))
			continue;
		int p = parse(line, len, entry, buf, size);
		if (p < 0) {
			r = ERANGE;
			break;
		}
		if (p > 0) {
			*result = entry;
			break;
		}
	}
	__db_close(&db);
	errno = saved;
	return r;
}

static int parse_passwd(const char *line, size_t len, void *entry, char *buf, size_t size)
{
	return __passwd_parse(line, len, entry, buf, size);
}

static int parse_group(const char *line, size_t len, void *entry, char *buf, size_t size)
{
	return __group_parse(line, len, entry, buf, size);
}

int __passwd_find(const char *name, uid_t uid, struct passwd *pw, char *buf, size_t size,
                  struct passwd **result)
{
	void *found;
	int r = find("/etc/passwd", name, uid, pw, buf, size, &found, parse_passwd);

	*result = found;
	return r;
}

int __group_find(const char *name, gid_t gid, struct group *gr, char *buf, size_t size,
                 struct group **result)
{
	void *found;
	int r = find("/etc/group", name, gid, gr, buf, size, &found, parse_group);

	*result = found;
	return r;
}

/* getpwnam's and getgrnam's static answer: one entry per database, in a
 * buffer that grows (doubling from 256 bytes) until the entry fits. */
struct static_entry {
	char *buf;
	size_t size;
};

static void *lookup(const char *path, int (*parse)(const char *, size_t, void *, char *, size_t),
                    const char *name, unsigned id, void *entry, struct static_entry *s)
{
	void *result;
	int r;

	for (;;) {
		if (s->buf && (r = find(path, name, id, entry, s->buf, s->size, &result, parse)) != ERANGE)
			break;
		char *bigger = realloc(s->buf, s->size ? 2 * s->size : 256);
		if (!bigger)
			return 0;            /* ENOMEM */
		s->buf = bigger;
		s->size = s->size ? 2 * s->size : 256;
	}
	if (r)
		errno = r;
	return result;
}

struct passwd *__passwd_lookup(const char *name, uid_t uid)
{
	static struct passwd entry;
	static struct static_entry s;
	return lookup("/etc/passwd", parse_passwd, name, uid, &entry, &s);
}

struct group *__group_lookup(const char *name, gid_t gid)
{
	static struct group entry;
	static struct static_entry s;
	return lookup("/etc/group", parse_group, name, gid, &entry, &s);
}
