/* Names in directories: link, symlink, readlink, unlinkat, renameat and
 * their *at forms (the kernel has only those on newer arches). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
	return syscall_errno(SYS_linkat, olddirfd, oldpath, newdirfd, newpath, flags);
}

weak int link(const char *oldpath, const char *newpath)
{
	return syscall_errno(SYS_linkat, AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}

weak int symlinkat(const char *target, int dirfd, const char *path)
{
	return syscall_errno(SYS_symlinkat, target, dirfd, path);
}

weak int symlink(const char *target, const char *path)
{
	return syscall_errno(SYS_symlinkat, target, AT_FDCWD, path);
}

ssize_t __readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size)
{
	return syscall_errno(SYS_readlinkat, dirfd, path, buf, size);
}
weak_alias(__readlinkat, readlinkat);

weak ssize_t readlink(const char *restrict path, char *restrict buf, size_t size)
{
	return __readlinkat(AT_FDCWD, path, buf, size);
}

weak int unlinkat(int dirfd, const char *path, int flags)
{
	return syscall_errno(SYS_unlinkat, dirfd, path, flags);
}

/* riscv64 has only renameat2. */
int __renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
#ifdef SYS_renameat
	return syscall_errno(SYS_renameat, olddirfd, oldpath, newdirfd, newpath);
#else
	return syscall_errno(SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, 0);
#endif
}
weak_alias(__renameat, renameat);

weak int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)
{
	return syscall_errno(SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, flags);
}
