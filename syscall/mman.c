/* Memory mappings: mmap, munmap, mprotect, madvise, mremap. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <sys/mman.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* On 32-bit arches SYS_mmap2 takes the file offset in 4096-byte units, so
 * that a 32-bit register reaches 2^44 bytes into a file (the unit is 4096
 * whatever the page size).  64-bit arches pass the byte offset to SYS_mmap. */
#define MMAP2_UNIT 4096ULL

void *__mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
	/* The kernel itself would accept lengths the C library cannot index
	 * with ptrdiff_t; glibc and musl refuse them, and so do we. */
	if (length > PTRDIFF_MAX) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
#ifdef SYS_mmap2
	unsigned long long units = (unsigned long long)offset / MMAP2_UNIT;

	/* Not a whole number of units, negative, or too far for a register. */
	if (offset % MMAP2_UNIT || offset < 0 || units != (unsigned long)units) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	return (void *)syscall_errno(SYS_mmap2, addr, length, prot, flags, fd, units);
#else
	return (void *)syscall_errno(SYS_mmap, addr, length, prot, flags, fd, offset);
#endif
}
weak_alias(__mmap, mmap);

int __munmap(void *addr, size_t length)
{
	return syscall_errno(SYS_munmap, addr, length);
}
weak_alias(__munmap, munmap);

int __mprotect(void *addr, size_t length, int prot)
{
	return syscall_errno(SYS_mprotect, addr, length, prot);
}
weak_alias(__mprotect, mprotect);

weak int madvise(void *addr, size_t length, int advice)
{
	return syscall_errno(SYS_madvise, addr, length, advice);
}

/* mremap(old, old_length, new_length, flags [, new_address]): the fifth
 * argument is only read when flags asks for MREMAP_FIXED. */
void *__mremap(void *old, size_t old_length, size_t new_length, int flags, ...)
{
	void *new_address = 0;
	va_list ap;

	if (new_length > PTRDIFF_MAX) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	if (flags & MREMAP_FIXED) {
		va_start(ap, flags);
		new_address = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)syscall_errno(SYS_mremap, old, old_length, new_length, flags, new_address);
}
weak_alias(__mremap, mremap);
