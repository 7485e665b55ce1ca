#include <stdlib.h>
#include "internal/defs.h"

/* realpath(path, NULL): the absolute path with no ".", ".." or symbolic
 * link in it, in a malloc'ed string; NULL and realpath's errno (EINVAL for
 * a NULL path, ENOENT for "" or a missing component). */
weak char *canonicalize_file_name(const char *path)
{
	return __realpath(path, 0);
}
