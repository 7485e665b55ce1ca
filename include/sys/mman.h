#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <features.h>
#include <bits/types.h>
#include <bits/mman.h>      /* PROT_*, MAP_*, MADV_*, MS_*, MCL_*: from <asm/mman.h> */

#define MAP_FAILED ((void *)-1)
#ifndef MAP_ANON
#define MAP_ANON MAP_ANONYMOUS
#endif
/* These live in <linux/mman.h>, not <asm/mman.h>; same on every arch. */
#ifndef MREMAP_MAYMOVE
#define MREMAP_MAYMOVE   1
#define MREMAP_FIXED     2
#define MREMAP_DONTUNMAP 4
#endif

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t length);
int mprotect(void *addr, size_t length, int prot);
int madvise(void *addr, size_t length, int advice);
/* Linux: grow, shrink or move a mapping (MREMAP_MAYMOVE, MREMAP_FIXED). */
#ifdef __TASKRT_GNU
void *mremap(void *old, size_t old_length, size_t new_length, int flags, ...);
#endif

/* POSIX's names for the advice (the kernel's values, as in glibc);
 * posix_madvise returns an error number instead of setting errno, and
 * takes POSIX_MADV_DONTNEED as the hint POSIX means, not as Linux's
 * MADV_DONTNEED, which throws the pages away. */
#define POSIX_MADV_NORMAL     0
#define POSIX_MADV_RANDOM     1
#define POSIX_MADV_SEQUENTIAL 2
#define POSIX_MADV_WILLNEED   3
#define POSIX_MADV_DONTNEED   4
int posix_madvise(void *addr, size_t length, int advice);
int msync(void *addr, size_t length, int flags);
int mlock(const void *addr, size_t length);
int munlock(const void *addr, size_t length);
int mlockall(int flags);
int munlockall(void);
/* POSIX shared memory objects: files in /dev/shm. */
int shm_open(const char *name, int flags, mode_t mode);
int shm_unlink(const char *name);

#ifdef __TASKRT_POSIX
/* One byte per page: bit 0 set if the page is resident. */
int mincore(void *addr, size_t length, unsigned char *vec);
#ifdef __TASKRT_GNU
int mlock2(const void *addr, size_t length, unsigned flags);
int remap_file_pages(void *addr, size_t size, int prot, size_t pgoff, int flags);
#endif
/* An anonymous file, in memory: MFD_CLOEXEC, MFD_ALLOW_SEALING, ... */
#include <bits/memfd.h>
#ifdef __TASKRT_GNU
int memfd_create(const char *name, unsigned flags);
#endif
#endif

#endif
