#include <libgen.h>
#include <string.h>

/* POSIX dirname: path up to (not including) its last component, cut in
 * place; "." when there is no '/'.  The root is "/", except that exactly
 * two leading slashes stay "//" (POSIX leaves "//" implementation-
 * defined; glibc keeps it). */
weak char *dirname(char *path)
{
	static char dot[] = ".";
	size_t n;

	if (!path || !*path)
		return dot;
	n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;                            /* trailing slashes */
	while (n > 0 && path[n - 1] != '/')
		n--;                            /* the last component */
	if (n == 0)
		return dot;
	while (n > 1 && path[n - 1] == '/')
		n--;                            /* the slashes before it */
	if (n == 1 && path[0] == '/' && path[1] == '/' && path[2] != '/')
		n = 2;
	path[n] = 0;
	return path;
}
