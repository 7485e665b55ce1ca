/* File descriptors: one thin wrapper per system call. */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/uio.h>
#include <termios.h>   /* powerpc's TCGETS encodes sizeof(struct termios) */
#include <unistd.h>
#include "internal/syscall.h"
#include <bits/ioctl.h>
#include "internal/defs.h"

ssize_t __read(int fd, void *buf, size_t n)
{
	return syscall_cp_errno(SYS_read, fd, buf, n);
}
weak_alias(__read, read);

ssize_t __write(int fd, const void *buf, size_t n)
{
	return syscall_cp_errno(SYS_write, fd, buf, n);
}
weak_alias(__write, write);

weak ssize_t readv(int fd, const struct iovec *iov, int count)
{
	return syscall_cp_errno(SYS_readv, fd, iov, count);
}

weak ssize_t writev(int fd, const struct iovec *iov, int count)
{
	return syscall_cp_errno(SYS_writev, fd, iov, count);
}

int __close(int fd)
{
	return syscall_cp_errno(SYS_close, fd);
}
weak_alias(__close, close);

off_t __lseek(int fd, off_t offset, int whence)
{
#ifdef SYS__llseek
	/* 32-bit arches: the 64-bit offset goes in two halves and comes back
	 * through memory. */
	off_t result;
	long r = syscall_errno(SYS__llseek, fd, offset >> 32, offset & 0xffffffff, &result, whence);
	return r < 0 ? -1 : result;
#else
	return syscall_errno(SYS_lseek, fd, offset, whence);
#endif
}
weak_alias(__lseek, lseek);

weak int dup(int fd)
{
	return syscall_errno(SYS_dup, fd);
}

int __dup3(int fd, int target, int flags)
{
	return syscall_errno(SYS_dup3, fd, target, flags);
}
weak_alias(__dup3, dup3);

/* dup2 is dup3 without flags, except that dup2(fd, fd) is a valid no-op
 * (dup3 calls it EINVAL): it only checks that fd is open. */
int __dup2(int fd, int target)
{
	if (fd == target)
		return syscall_errno(SYS_fcntl, fd, F_GETFD) < 0 ? -1 : fd;
	return __dup3(fd, target, 0);
}
weak_alias(__dup2, dup2);

int __pipe2(int fds[2], int flags)
{
	return syscall_errno(SYS_pipe2, fds, flags);
}
weak_alias(__pipe2, pipe2);

weak int pipe(int fds[2])
{
	return __pipe2(fds, 0);
}

int __openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = va_arg(ap, mode_t);  /* read even when unused: harmless */
	va_end(ap);
	return syscall_cp_errno(SYS_openat, dirfd, path, flags | O_LARGEFILE, mode);
}
weak_alias(__openat, openat);

int __open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = va_arg(ap, mode_t);
	va_end(ap);
	return __openat(AT_FDCWD, path, flags, mode);
}
weak_alias(__open, open);

weak int creat(const char *path, mode_t mode)
{
	return __open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int __fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
#ifdef F_GETLK64
	/* struct flock is the kernel's flock64 here (see <fcntl.h>). */
	if (cmd == F_GETLK)
		cmd = F_GETLK64;
	else if (cmd == F_SETLK)
		cmd = F_SETLK64;
	else if (cmd == F_SETLKW)
		cmd = F_SETLKW64;
#endif
#ifdef SYS_fcntl64
	return syscall_errno(SYS_fcntl64, fd, cmd, arg);
#else
	return syscall_errno(SYS_fcntl, fd, cmd, arg);
#endif
}
weak_alias(__fcntl, fcntl);

/* The offset is one register on 64-bit arches, a pair on 32-bit ones
 * (internal/syscall.h). */
weak ssize_t pread(int fd, void *buf, size_t n, off_t offset)
{
	return syscall_cp_errno(SYS_pread64, fd, buf, n, __SYSCALL_LL_O(offset));
}

weak ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset)
{
	return syscall_cp_errno(SYS_pwrite64, fd, buf, n, __SYSCALL_LL_O(offset));
}

weak int fsync(int fd)
{
	return syscall_cp_errno(SYS_fsync, fd);
}

weak int fdatasync(int fd)
{
	return syscall_cp_errno(SYS_fdatasync, fd);
}

weak void sync(void)
{
	__syscall(SYS_sync);
}

/* A terminal is whatever answers the TCGETS ioctl; the kernel's struct
 * termios fits in 64 bytes on every arch. */
weak int isatty(int fd)
{
	long termios[64 / sizeof(long)];
	return syscall_errno(SYS_ioctl, fd, TCGETS, termios) == 0;
}
