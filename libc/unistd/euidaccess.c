#include <fcntl.h>
#include <unistd.h>
#include "internal/defs.h"

/* access() with the effective user and group ids (those of a set-user-ID
 * program's owner) instead of the real ones: faccessat's AT_EACCESS,
 * which needs Linux 5.8's faccessat2 unless the two sets of ids are the
 * same (syscall/path.c).  eaccess is its other name. */
weak int euidaccess(const char *path, int mode)
{
	return __faccessat(AT_FDCWD, path, mode, AT_EACCESS);
}
weak_alias(euidaccess, eaccess);
