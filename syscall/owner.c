/* File owners: chown, fchown, lchown, fchownat.  fchownat takes 32-bit
 * ids everywhere; i386's and arm's plain fchown is 16-bit, their 32-bit
 * one ends in 32. */
#include <fcntl.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags)
{
	return syscall_errno(SYS_fchownat, dirfd, path, owner, group, flags);
}

weak int chown(const char *path, uid_t owner, gid_t group)
{
	return syscall_errno(SYS_fchownat, AT_FDCWD, path, owner, group, 0);
}

weak int lchown(const char *path, uid_t owner, gid_t group)
{
	return syscall_errno(SYS_fchownat, AT_FDCWD, path, owner, group, AT_SYMLINK_NOFOLLOW);
}

weak int fchown(int fd, uid_t owner, gid_t group)
{
#ifdef SYS_fchown32
	return syscall_errno(SYS_fchown32, fd, owner, group);
#else
	return syscall_errno(SYS_fchown, fd, owner, group);
#endif
}
