/* The file system by path, relative to the current directory: chdir,
 * fchdir, chroot, unlink, rmdir, access, faccessat, getcwd. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "internal/syscall.h"
#include "internal/defs.h"

int __chdir(const char *path)
{
	return syscall_errno(SYS_chdir, path);
}
weak_alias(__chdir, chdir);

weak int fchdir(int fd)
{
	return syscall_errno(SYS_fchdir, fd);
}

weak int chroot(const char *path)
{
	return syscall_errno(SYS_chroot, path);
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

/* The kernel's faccessat has no flags; faccessat2 (Linux 5.8) has.  Where
 * it is missing, AT_EACCESS is the same check when the real and effective
 * ids agree; anything else stays the kernel's ENOSYS. */
int __faccessat(int dirfd, const char *path, int mode, int flags)
{
	long r;

	if (flags == 0)
		return syscall_errno(SYS_faccessat, dirfd, path, mode);
	r = __syscall(SYS_faccessat2, dirfd, path, mode, flags);
	if (r == -ENOSYS && flags == AT_EACCESS && __getuid() == __geteuid() && __getgid() == __getegid())
		r = __syscall(SYS_faccessat, dirfd, path, mode);
	return __syscall_ret(r);
}
weak_alias(__faccessat, faccessat);

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
