/* glob: walk the pattern one component ('/'-separated) at a time.  A
 * component without wildcards is appended to the path as it is (less
 * its escapes); one with wildcards reads the directory so far and
 * carries on with each name fnmatch accepts.  The separators are kept
 * as the pattern spells them ("d//x*" gives "d//x.c"), as in glibc, and so
 * are glibc's answers to the corners: a trailing '/' keeps directories
 * only, a name that cannot be a directory (ENOTDIR) is not an error, any
 * other directory that cannot be opened goes to errfunc. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
		if (save && e->d_type != DT_UNKNOWN && e->d_type != DT_DIR && e->d_type != DT_LNK)
			continue;       /* more components to come: only a directory will do */
		if (append(w, &l, e->d_name, strlen(e->d_name)))
			continue;
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

weak int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *, int), glob_t *restrict g)
{
	struct walk *w;
	size_t offs, old, total;
	char *pat, **v;
	int r;

	offs = flags & GLOB_DOOFFS ? g->gl_offs : 0;
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
		if (!(flags & GLOB_DOOFFS))
			g->gl_offs = 0;
		else if (!(g->gl_pathv = calloc(offs + 1, sizeof *g->gl_pathv)))
			return GLOB_NOSPACE;    /* the NULLs come first, match or not (glibc) */
	}
	old = g->gl_pathc;
	if (!(w = malloc(sizeof *w)) || !(pat = __strdup(pattern))) {
		free(w);
		return GLOB_NOSPACE;
	}
	w->flags = flags;
	w->errfunc = errfunc;
	w->paths = 0;
	w->count = w->size = 0;
	w->path[0] = 0;
	r = *pat ? walk(w, 0, pat) : 0;
	free(pat);
	if (!r && !w->count && (flags & GLOB_NOCHECK)) {
		size_t len = strlen(pattern);

		if (len < PATH_BUF) {
			memcpy(w->path, pattern, len + 1);
			w->flags &= ~GLOB_MARK;
			r = add(w, len);
		}
	}
	if (!r && !w->count)
		r = GLOB_NOMATCH;
	if (!r && !(flags & GLOB_NOSORT))
		qsort(w->paths, w->count, sizeof *w->paths, compare);
	total = offs + old + w->count + 1;
	if (r != GLOB_NOMATCH && !r && !(v = realloc(g->gl_pathv, total * sizeof *v)))
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
	}
	g->gl_flags = flags;
	free(w->paths);
	free(w);
	return r;
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
