/* <glob.h>: the pathnames that match a shell pattern, sorted, with
 * glibc's flag values and error codes.  A '*', '?' or bracket matches a
 * leading '.' of a name only where the pattern has a '.' there (or under
 * GLOB_PERIOD). */
#ifndef _GLOB_H
#define _GLOB_H

#include <features.h>
#include <bits/types.h>

typedef struct {
	size_t gl_pathc;        /* how many paths matched */
	char **gl_pathv;        /* gl_offs NULLs, the paths, then a NULL */
	size_t gl_offs;         /* NULLs first (GLOB_DOOFFS) */
	int gl_flags;
	/* glibc's GLOB_ALTDIRFUNC hooks: their places only, unused here. */
	void (*gl_closedir)(void *);
	void *(*gl_readdir)(void *);
	void *(*gl_opendir)(const char *);
	int (*gl_lstat)(const char *restrict, void *restrict);
	int (*gl_stat)(const char *restrict, void *restrict);
} glob_t;

#define GLOB_ERR      (1 << 0)  /* stop at a directory that cannot be read */
#define GLOB_MARK     (1 << 1)  /* '/' after each directory */
#define GLOB_NOSORT   (1 << 2)
#define GLOB_DOOFFS   (1 << 3)  /* gl_offs NULLs before the paths */
#define GLOB_NOCHECK  (1 << 4)  /* no match: the pattern itself */
#define GLOB_APPEND   (1 << 5)  /* add to the paths of an earlier call */
#define GLOB_NOESCAPE (1 << 6)  /* '\\' is an ordinary character */
#define GLOB_PERIOD   (1 << 7)  /* wildcards match a leading '.' too */
#define GLOB_MAGCHAR  (1 << 8)  /* (in gl_flags) the pattern had a wildcard */
#define GLOB_BRACE    (1 << 10) /* "{a,b}" is "a", then "b" */
#define GLOB_NOMAGIC  (1 << 11) /* no match, no wildcard: the pattern itself */
#define GLOB_TILDE    (1 << 12) /* "~/x", "~user/x": under the home directory */
#define GLOB_ONLYDIR  (1 << 13) /* directories only */
#define GLOB_TILDE_CHECK (1 << 14) /* GLOB_TILDE, and no match for an unknown user */

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS   4

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *path, int error),
         glob_t *restrict g);
void globfree(glob_t *g);

#endif
