/* A file's size and space: truncate, ftruncate, fallocate, posix_fallocate
 * and posix_fadvise.  Lengths and offsets are 64-bit on every arch: one
 * register, or a pair through the *64 calls on 32-bit arches. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int truncate(const char *path, off_t length)
{
#ifdef SYS_truncate64
	return syscall_errno(SYS_truncate64, path, __SYSCALL_LL_O(length));
#else
	return syscall_errno(SYS_truncate, path, length);
#endif
}

weak int ftruncate(int fd, off_t length)
{
#ifdef SYS_ftruncate64
	return syscall_errno(SYS_ftruncate64, fd, __SYSCALL_LL_O(length));
#else
	return syscall_errno(SYS_ftruncate, fd, length);
#endif
}

weak int fallocate(int fd, int mode, off_t offset, off_t len)
{
	return syscall_errno(SYS_fallocate, fd, mode, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len));
}

/* The posix_ ones return the error number itself.  posix_fallocate is
 * fallocate without a mode; glibc's fallback of writing zeros where the
 * file system has no fallocate (EOPNOTSUPP) is not taskrt's. */
weak int posix_fallocate(int fd, off_t offset, off_t len)
{
	return -__syscall(SYS_fallocate, fd, 0, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len));
}

/* Three kernel spellings: arm puts advice second so that the pairs stay
 * aligned, i386 has the 64-bit-length call, the 64-bit arches the plain
 * one. */
weak int posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
#if defined(SYS_arm_fadvise64_64)
	return -__syscall(SYS_arm_fadvise64_64, fd, advice, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len));
#elif defined(SYS_fadvise64_64)
	return -__syscall(SYS_fadvise64_64, fd, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len), advice);
#else
	return -__syscall(SYS_fadvise64, fd, offset, len, advice);
#endif
}
