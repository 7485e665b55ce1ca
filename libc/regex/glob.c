/* glob: walk the pattern one component ('/'-separated) at a time.  A
 * component without wildcards is appended to the path as it is (less
 * its escapes); one with wildcards reads the directory so far and
 * carries on with each name fnmatch accepts.  The separators are kept
 * as the pattern spells them ("d//x*" gives "d//x.c"), as in glibc, and so
 * are glibc's answers to the corners: a trailing '/' keeps directories
 * only, a name that cannot be a directory (ENOTDIR) is not an error, any
 * other directory that cannot be opened goes to errfunc.  glibc's
 * GLOB_BRACE, GLOB_TILDE(_CHECK), GLOB_NOMAGIC and GLOB_ONLYDIR rewrite
 * the pattern or filter the names around that walk. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "internal/glob.h"

#define PATH_BUF 4096

struct walk {
	int flags;
	int (*errfunc)(const char *, int);
	char **paths;           /* this call's matches */
	size_t count, size;
	char path[PATH_BUF];
};

static int add(struct walk *w, size_t len)
{
	struct stat st;
	int mark = (w->flags & GLOB_MARK) && !__fstatat(AT_FDCWD, w->path, &st, 0) && S_ISDIR(st.st_mode);
	char *p;

	if (w->count == w->size) {
		size_t size = w->size ? 2 * w->size : 16;
		char **more = realloc(w->paths, size * sizeof *more);

		if (!more)
			return GLOB_NOSPACE;
		w->paths = more;
		w->size = size;
	}
	if (!(p = malloc(len + 2)))
		return GLOB_NOSPACE;
	memcpy(p, w->path, len);
	if (mark)
		p[len++] = '/';
	p[len] = 0;
	w->paths[w->count++] = p;
	return 0;
}

static int is_dir(const char *path)
{
	struct stat st;

	return !__fstatat(AT_FDCWD, path, &st, 0) && S_ISDIR(st.st_mode);
}

/* Whether the n bytes at p have a wildcard: '*', '?', or a '[' with a
 * ']' after it, not escaped. */
static int has_magic(const char *p, size_t n, int noescape)
{
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\\' && !noescape && i + 1 < n)
			i++;
		else if (p[i] == '*' || p[i] == '?' || (p[i] == '[' && memchr(p + i, ']', n - i)))
			return 1;
	}
	return 0;
}

static int append(struct walk *w, size_t *len, const char *p, size_t n)
{
	if (*len + n >= PATH_BUF)
		return -1;
	memcpy(w->path + *len, p, n);
	*len += n;
	w->path[*len] = 0;
	return 0;
}

static int walk(struct walk *w, size_t len, char *pat);

/* The path so far (len bytes) has its next component; rest is what
 * follows it in the pattern: nothing (a match), only slashes (a match
 * if it is a directory, with those slashes), or more components. */
static int next(struct walk *w, size_t len, char *rest)
{
	size_t slashes = strspn(rest, "/");

	if (!*rest)
		return add(w, len);
	if (!rest[slashes]) {
		if (!is_dir(w->path) || append(w, &len, rest, slashes))
			return 0;
		return add(w, len);
	}
	return walk(w, len, rest);
}

static int walk(struct walk *w, size_t len, char *pat)
{
	size_t slashes = strspn(pat, "/"), n;
	int noescape = w->flags & GLOB_NOESCAPE, r = 0;
	char *comp, save;
	struct dirent *e;
	DIR *d;

	if (append(w, &len, pat, slashes))
		return 0;
	comp = pat + slashes;
	n = strcspn(comp, "/");
	if (!has_magic(comp, n, noescape)) {
		struct stat st;

		for (size_t i = 0; i < n; i++) {
			if (comp[i] == '\\' && !noescape && i + 1 < n)
				i++;
			if (append(w, &len, comp + i, 1))
				return 0;
		}
		if (!comp[n] && __fstatat(AT_FDCWD, w->path, &st, AT_SYMLINK_NOFOLLOW))
			return 0;       /* a last literal name must exist */
		return next(w, len, comp + n);
	}

	d = __opendir(len ? w->path : ".");
	if (!d) {
		int error = errno;
		size_t dlen = len;

		if (error == ENOTDIR)
			return 0;
		while (dlen > 1 && w->path[dlen - 1] == '/')
			w->path[--dlen] = 0;    /* errfunc sees "dir", not "dir/" */
		if ((w->errfunc && w->errfunc(len ? w->path : ".", error)) || (w->flags & GLOB_ERR))
			return GLOB_ABORTED;
		return 0;
	}
	save = comp[n];
	comp[n] = 0;
	while (!r && (e = __readdir(d))) {
		size_t l = len;

		if (__fnmatch(comp, e->d_name, (w->flags & GLOB_PERIOD ? 0 : FNM_PERIOD)
		              | (noescape ? FNM_NOESCAPE : 0)))
			continue;
		if ((save || (w->flags & GLOB_ONLYDIR)) && e->d_type != DT_UNKNOWN
		    && e->d_type != DT_DIR && e->d_type != DT_LNK)
			continue;       /* more components to come: only a directory will do */
		if (append(w, &l, e->d_name, strlen(e->d_name)))
			continue;
		if (!save && (w->flags & GLOB_ONLYDIR) && !is_dir(w->path)) {
			w->path[len] = 0;
			continue;
		}
		comp[n] = save;
		r = next(w, l, comp + n);
		comp[n] = 0;
		w->path[len] = 0;
	}
	comp[n] = save;
	__closedir(d);
	return r;
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int expand(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g);

/* GLOB_BRACE: "a{b,c{d,e}}f" is "abf", "acdf", "acef", each globbed in
 * turn (and sorted on its own), as in glibc.  *done: 0 if the pattern
 * has no braces, or they matched nothing and GLOB_NOCHECK or
 * GLOB_NOMAGIC should see the pattern itself. */
static int braces(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g, int *done)
{
	int noescape = flags & GLOB_NOESCAPE, depth = 0;
	const char *open = 0, *close = 0, *alt;
	size_t before = g->gl_pathc;

	*done = 0;
	for (const char *p = pattern; *p && !close; p++) {
		if (*p == '\\' && !noescape && p[1])
			p++;
		else if (*p == '{' && !depth++ && !open)
			open = p;
		else if (*p == '}' && depth && !--depth)
			close = p;
	}
	if (!open)
		return 0;
	*done = 1;
	if (!close)
		return GLOB_NOMATCH;    /* an unclosed brace (glibc) */
	for (alt = open + 1;;) {
		const char *end = alt;
		size_t head = (size_t)(open - pattern), n, tail = strlen(close + 1);
		char *one;
		int r;

		for (depth = 0; end < close && (depth || *end != ','); end++) {
			if (*end == '\\' && !noescape && end + 1 < close)
				end++;
			else if (*end == '{')
				depth++;
			else if (*end == '}')
				depth--;
		}
		n = (size_t)(end - alt);
		if (!(one = malloc(head + n + tail + 1)))
			return GLOB_NOSPACE;
		memcpy(one, pattern, head);
		memcpy(one + head, alt, n);
		memcpy(one + head + n, close + 1, tail + 1);
		r = expand(one, (flags & ~(GLOB_NOCHECK | GLOB_NOMAGIC)) | GLOB_APPEND, errfunc, g);
		free(one);
		if (r && r != GLOB_NOMATCH)
			return r;
		if (end == close)
			break;
		alt = end + 1;
	}
	if (g->gl_pathc != before)
		return 0;
	if (flags & (GLOB_NOCHECK | GLOB_NOMAGIC))
		*done = 0;
	return GLOB_NOMATCH;
}

/* pattern's matches, added to g's paths. */
static int expand(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g)
{
	size_t offs = flags & GLOB_DOOFFS ? g->gl_offs : 0, old = g->gl_pathc, total;
	int r, done, magic = has_magic(pattern, strlen(pattern), flags & GLOB_NOESCAPE), keep = 0;
	struct walk *w;
	char *pat, **v;

	if (flags & GLOB_BRACE) {
		r = braces(pattern, flags, errfunc, g, &done);
		if (done)
			return r;
		flags &= ~GLOB_BRACE;
	}
	if (!(w = malloc(sizeof *w)))
		return GLOB_NOSPACE;
	/* GLOB_TILDE: "~/x" is "$HOME/x", "~user/x" user's home and x; an
	 * unknown user leaves the pattern as it is, reported even unmatched
	 * (GLOB_TILDE_CHECK: no match). */
	if ((flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && pattern[0] == '~') {
		size_t n = strcspn(pattern + 1, "/");

		if (!__home_dir(pattern + 1, n, w->path, sizeof w->path)
		    && strlen(w->path) + strlen(pattern + 1 + n) < sizeof w->path) {
			strcat(w->path, pattern + 1 + n);
			pattern = w->path;
		} else if (flags & GLOB_TILDE_CHECK) {
			free(w);
			return GLOB_NOMATCH;
		} else {
			keep = 1;
		}
	}
	if (!(pat = __strdup(pattern))) {
		free(w);
		return GLOB_NOSPACE;
	}
	w->flags = flags;
	w->errfunc = errfunc;
	w->paths = 0;
	w->count = w->size = 0;
	w->path[0] = 0;
	r = *pat ? walk(w, 0, pat) : 0;
	if (!r && !w->count && ((flags & GLOB_NOCHECK) || (!magic && (keep || (flags & GLOB_NOMAGIC))))) {
		size_t len = strlen(pat);

		if (len < sizeof w->path) {
			memcpy(w->path, pat, len + 1);
			w->flags &= ~GLOB_MARK;
			r = add(w, len);
		}
	}
	free(pat);
	if (!r && !w->count)
		r = GLOB_NOMATCH;
	if (!r && !(flags & GLOB_NOSORT))
		qsort(w->paths, w->count, sizeof *w->paths, compare);
	total = offs + old + w->count + 1;
	if (!r && !(v = realloc(g->gl_pathv, total * sizeof *v)))
		r = GLOB_NOSPACE;
	if (r) {
		for (size_t i = 0; i < w->count; i++)
			free(w->paths[i]);
	} else {
		if (!g->gl_pathv)
			for (size_t i = 0; i < offs; i++)
				v[i] = 0;       /* (GLOB_APPEND to a glob_t that has none) */
		memcpy(v + offs + old, w->paths, w->count * sizeof *v);
		v[total - 1] = 0;
		g->gl_pathv = v;
		g->gl_pathc = old + w->count;
		g->gl_flags |= magic ? GLOB_MAGCHAR : 0;
	}
	free(w->paths);
	free(w);
	return r;
}

weak int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *, int), glob_t *restrict g)
{
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
		if (!(flags & GLOB_DOOFFS))
			g->gl_offs = 0;
		else if (!(g->gl_pathv = calloc(g->gl_offs + 1, sizeof *g->gl_pathv)))
			return GLOB_NOSPACE;    /* the NULLs come first, match or not (glibc) */
	}
	g->gl_flags = flags & ~GLOB_MAGCHAR;
	return expand(pattern, flags, errfunc, g);
}

weak void globfree(glob_t *g)
{
	size_t offs = g->gl_offs;

	if (g->gl_pathv)
		for (size_t i = 0; i < g->gl_pathc; i++)
			free(g->gl_pathv[offs + i]);
	free(g->gl_pathv);
	g->gl_pathv = 0;
	g->gl_pathc = 0;
}
