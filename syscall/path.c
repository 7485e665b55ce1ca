/* The file system by path, relative to the current directory: chdir,
 * unlink, rmdir, access, getcwd. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int chdir(const char *path)
{
	return syscall_errno(SYS_chdir, path);
}

weak int unlink(const char *path)
{
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, 0);
}

weak int rmdir(const char *path)
{
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
}

weak int access(const char *path, int mode)
{
	return syscall_errno(SYS_faccessat, AT_FDCWD, path, mode);
}

/* getcwd(NULL, 0) allocates, as in glibc. */
char *__getcwd(char *buf, size_t size)
{
	char tmp[PATH_MAX];

	if (!buf)
		return __getcwd(tmp, sizeof tmp) ? __strdup(tmp) : 0;
	if (size == 0) {
		errno = EINVAL;
		return 0;
	}
	if (syscall_errno(SYS_getcwd, buf, size) < 0)
		return 0;
	/* A directory outside our root comes back as "(unreachable)/..." */
	if (buf[0] != '/') {
		errno = ENOENT;
		return 0;
	}
	return buf;
}
weak_alias(__getcwd, getcwd);
