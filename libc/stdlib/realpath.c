/* realpath: resolved in user space, a component at a time (no /proc
 * needed).  `out` is the resolved prefix, without a trailing slash ("" is
 * the root); `rest` is what is still to resolve, kept at the end of its
 * buffer so that a symlink's target can be put in front of it. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/defs.h"

#define MAX_LINKS 40   /* the kernel's own limit on a path's symlinks */

/* "file/" and "file/.." are ENOTDIR, though no lookup goes through file. */
static int is_dir(const char *path)
{
	struct stat st;

	if (__fstatat(AT_FDCWD, path, &st, 0) < 0)
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	return 1;
}

char *__realpath(const char *restrict path, char *restrict resolved)
{
	char out[PATH_MAX], pending[PATH_MAX], target[PATH_MAX], *rest;
	size_t len = 0, n, c;
	int links = 0, want_dir = 0, unchecked = 0;
	ssize_t t;

	if (!path) {
		errno = EINVAL;
		return 0;
	}
	n = __strnlen(path, PATH_MAX);
	if (n == 0) {
		errno = ENOENT;
		return 0;
	}
	if (n == PATH_MAX) {
		errno = ENAMETOOLONG;
		return 0;
	}
	rest = memcpy(pending + sizeof pending - n - 1, path, n + 1);
	if (*rest != '/') {
		if (!__getcwd(out, sizeof out))
			return 0;
		len = strlen(out);
		if (len == 1)
			len = 0;           /* the root */
	}
	for (;;) {
		while (*rest == '/')
			rest++;
		if (!*rest)
			break;
		c = strcspn(rest, "/");
		want_dir = rest[c] == '/';
		if (unchecked && c <= 2 && rest[0] == '.' && rest[c - 1] == '.') {
			out[len] = 0;
			if (!is_dir(out))
				return 0;
			unchecked = 0;
		}
		if (c == 1 && rest[0] == '.') {
			rest += c;
			continue;
		}
		if (c == 2 && rest[0] == '.' && rest[1] == '.') {
			while (len > 0 && out[--len] != '/')
				;
			rest += c;
			continue;
		}
		if (len + 1 + c >= sizeof out) {
			errno = ENAMETOOLONG;
			return 0;
		}
		out[len] = '/';
		memcpy(out + len + 1, rest, c);
		out[len + 1 + c] = 0;
		rest += c;
		t = __readlinkat(AT_FDCWD, out, target, sizeof target);
		unchecked = 0;         /* the lookup went through the prefix */
		if (t < 0) {
			if (errno != EINVAL)
				return 0;      /* ENOENT, ENOTDIR, EACCES, ... */
			len += 1 + c;      /* not a symlink: keep it */
			unchecked = want_dir;
			continue;
		}
		if ((size_t)t == sizeof target) {
			errno = ENAMETOOLONG;
			return 0;
		}
		if (++links > MAX_LINKS) {
			errno = ELOOP;
			return 0;
		}
		n = strlen(rest);
		if ((size_t)t + n + 1 > sizeof pending) {
			errno = ENAMETOOLONG;
			return 0;
		}
		/* the target, then what followed the link */
		rest = memmove(pending + sizeof pending - n - 1, rest, n + 1);
		rest = memcpy(rest - t, target, t);
		if (*rest == '/')
			len = 0;
		/* else: relative to the link's directory, which is out[0..len) */
	}
	if (len == 0)
		out[len++] = '/';
	out[len] = 0;
	if (unchecked && !is_dir(out))
		return 0;
	if (!resolved)
		return __strdup(out);
	return memcpy(resolved, out, len + 1);
}
weak_alias(__realpath, realpath);
