/* scandir and alphasort. */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "internal/defs.h"

/* Each entry copied into a malloc'ed dirent just long enough for its
 * name; the list grows by doubling.  On failure nothing is left
 * allocated and errno is the first error's. */
weak int scandir(const char *path, struct dirent ***list, int (*filter)(const struct dirent *),
                 int (*compare)(const struct dirent **, const struct dirent **))
{
	DIR *d = __opendir(path);
	struct dirent **v = 0, **grown, *e, *copy;
	size_t n = 0, cap = 0, size;
	int saved = errno, error = 0;

	if (!d)
		return -1;
	for (errno = 0; (e = __readdir(d)); errno = 0) {
		if (filter && !filter(e))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			if (!(grown = realloc(v, cap * sizeof *v))) {
				error = errno;
				break;
			}
			v = grown;
		}
		size = offsetof(struct dirent, d_name) + strlen(e->d_name) + 1;
		if (!(copy = malloc(size))) {
			error = errno;
			break;
		}
		memcpy(copy, e, size);
		copy->d_reclen = size;
		v[n++] = copy;
	}
	if (!error)
		error = errno;   /* readdir's own, or 0 at the end */
	__closedir(d);
	if (error || n > 0x7fffffff) {
		while (n)
			free(v[--n]);
		free(v);
		errno = error ? error : EOVERFLOW;
		return -1;
	}
	if (compare)
		qsort(v, n, sizeof *v, (int (*)(const void *, const void *))(void (*)(void))compare);
	*list = v;
	errno = saved;
	return n;
}

weak int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcoll((*a)->d_name, (*b)->d_name);
}
