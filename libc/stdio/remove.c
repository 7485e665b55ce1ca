/* remove: ISO C, strong, through the raw system call. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* A directory too, as POSIX says: unlink answers EISDIR for one (as
 * glibc, which then tries rmdir). */
int remove(const char *path)
{
	long r = __syscall(SYS_unlinkat, AT_FDCWD, path, 0);

	if (r == -EISDIR)
		r = __syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
	return __syscall_ret(r);
}
