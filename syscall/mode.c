/* Making nodes and changing modes: mkdir, mknod, mkfifo, chmod, umask. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak mode_t umask(mode_t mask)
{
	return __syscall(SYS_umask, mask);  /* cannot fail */
}

int __mkdirat(int dirfd, const char *path, mode_t mode)
{
	return syscall_errno(SYS_mkdirat, dirfd, path, mode);
}
weak_alias(__mkdirat, mkdirat);

weak int mkdir(const char *path, mode_t mode)
{
	return __mkdirat(AT_FDCWD, path, mode);
}

/* The kernel takes 32 bits, which are the low half of glibc's encoding
 * (<sys/sysmacros.h>): a device number wider than that is EINVAL, as in
 * glibc, rather than a different device. */
int __mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	if ((unsigned)dev != dev) {
		errno = EINVAL;
		return -1;
	}
	return syscall_errno(SYS_mknodat, dirfd, path, mode, (unsigned)dev);
}
weak_alias(__mknodat, mknodat);

weak int mknod(const char *path, mode_t mode, dev_t dev)
{
	return __mknodat(AT_FDCWD, path, mode, dev);
}

weak int mkfifoat(int dirfd, const char *path, mode_t mode)
{
	return syscall_errno(SYS_mknodat, dirfd, path, mode | S_IFIFO, 0);
}

weak int mkfifo(const char *path, mode_t mode)
{
	return syscall_errno(SYS_mknodat, AT_FDCWD, path, mode | S_IFIFO, 0);
}

weak int chmod(const char *path, mode_t mode)
{
	return syscall_errno(SYS_fchmodat, AT_FDCWD, path, mode);
}

weak int fchmod(int fd, mode_t mode)
{
	return syscall_errno(SYS_fchmod, fd, mode);
}

/* The kernel's fchmodat has no flags.  AT_SYMLINK_NOFOLLOW is done as
 * glibc does it: open the path itself (O_PATH), refuse a symlink (Linux
 * cannot change a symlink's mode: EOPNOTSUPP), and change the rest through
 * /proc/self/fd. */
weak int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	char proc[32] = "/proc/self/fd/", digits[12], *d = digits + sizeof digits;
	struct stat st;
	int fd, r;
	size_t i = 14;

	if (flags == 0)
		return syscall_errno(SYS_fchmodat, dirfd, path, mode);
	if (flags != AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	fd = __openat(dirfd, path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	r = __fstat(fd, &st);
	if (r == 0 && S_ISLNK(st.st_mode)) {
		errno = EOPNOTSUPP;
		r = -1;
	} else if (r == 0) {
		unsigned n = fd;
		*--d = 0;
		do *--d = '0' + n % 10; while (n /= 10);
		while ((proc[i++] = *d++))
			;
		r = syscall_errno(SYS_fchmodat, AT_FDCWD, proc, mode);
	}
	__close(fd);
	return r;
}
