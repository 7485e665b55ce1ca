#include <libgen.h>
#include <string.h>

/* POSIX basename: the last component of path, with trailing slashes
 * removed in place; "." for NULL or "", "/" for a path of slashes. */
char *__xpg_basename(char *path)
{
	static char dot[] = ".";
	size_t n;

	if (!path || !*path)
		return dot;
	n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		path[--n] = 0;
	if (n == 1 && path[0] == '/')
		return path;
	while (n > 0 && path[n - 1] != '/')
		n--;
	return path + n;
}
