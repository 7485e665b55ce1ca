#define _GNU_SOURCE
#include <string.h>

/* GNU basename (<string.h> under _GNU_SOURCE): what follows the last
 * '/', never modifying path, so "dir/" gives "". */
weak char *(basename)(const char *path)
{
	const char *slash = strrchr(path, '/');

	return (char *)(slash ? slash + 1 : path);
}
