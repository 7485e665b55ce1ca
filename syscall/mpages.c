/* Pages of a mapping: msync, mincore, posix_madvise, remap_file_pages
 * (mmap, munmap, mprotect, madvise and mremap are in syscall/mman.c). */
#include <errno.h>
#include <sys/mman.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* cancellation point */
weak int msync(void *addr, size_t length, int flags)
{
	return syscall_cp_errno(SYS_msync, addr, length, flags);
}

weak int mincore(void *addr, size_t length, unsigned char *vec)
{
	return syscall_errno(SYS_mincore, addr, length, vec);
}

/* An error number, not -1 with errno.  POSIX_MADV_DONTNEED is advice that
 * must not lose data, which Linux's MADV_DONTNEED would: like glibc, it
 * does nothing. */
weak int posix_madvise(void *addr, size_t length, int advice)
{
	if (advice == POSIX_MADV_DONTNEED)
		return 0;
	return -__syscall(SYS_madvise, addr, length, advice);
}

/* Deprecated by the kernel (emulated with many mappings), but present. */
weak int remap_file_pages(void *addr, size_t size, int prot, size_t pgoff, int flags)
{
	return syscall_errno(SYS_remap_file_pages, addr, size, prot, pgoff, flags);
}
