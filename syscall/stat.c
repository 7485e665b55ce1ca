/* File status: stat, lstat, fstat and fstatat, all through statx.
 *
 * Every supported kernel (4.11 on) and qemu-user has statx, and it gives
 * 64-bit sizes, inodes and times on every arch, so taskrt's one struct
 * stat needs neither the kernel's per-arch layouts nor the *64 calls. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int statx(int dirfd, const char *restrict path, int flags, unsigned mask,
               struct statx *restrict stx)
{
	return syscall_errno(SYS_statx, dirfd, path, flags, mask, stx);
}

/* AT_NO_AUTOMOUNT as in glibc: stat() names the mount point itself.
 * The kernel fills taskrt's own struct statx, so it cannot see a bad st:
 * a NULL one is EFAULT here, as glibc's kernel call answers (any other
 * bad pointer faults in the copy, as POSIX leaves it undefined). */
int __fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	struct statx x;
	long r = __syscall(SYS_statx, dirfd, path, flags | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, &x);

	if (r >= 0 && !st)
		r = -EFAULT;
	if (r < 0)
		return __syscall_ret(r);
	*st = (struct stat){
		.st_dev = makedev(x.stx_dev_major, x.stx_dev_minor),
		.st_ino = x.stx_ino,
		.st_mode = x.stx_mode,
		.st_nlink = x.stx_nlink,
		.st_uid = x.stx_uid,
		.st_gid = x.stx_gid,
		.st_rdev = makedev(x.stx_rdev_major, x.stx_rdev_minor),
		.st_size = x.stx_size,
		.st_blksize = x.stx_blksize,
		.st_blocks = x.stx_blocks,
		.st_atim = { x.stx_atime.tv_sec, x.stx_atime.tv_nsec },
		.st_mtim = { x.stx_mtime.tv_sec, x.stx_mtime.tv_nsec },
		.st_ctim = { x.stx_ctime.tv_sec, x.stx_ctime.tv_nsec },
	};
	return 0;
}
weak_alias(__fstatat, fstatat);

weak int stat(const char *restrict path, struct stat *restrict st)
{
	return __fstatat(AT_FDCWD, path, st, 0);
}

weak int lstat(const char *restrict path, struct stat *restrict st)
{
	return __fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

/* A negative fd is EBADF, as in glibc: statx would read AT_FDCWD (-100)
 * as the current directory. */
int __fstat(int fd, struct stat *st)
{
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	return __fstatat(fd, "", st, AT_EMPTY_PATH);
}
weak_alias(__fstat, fstat);
