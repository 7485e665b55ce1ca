#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <bits/types.h>
#include <bits/mman.h>      /* PROT_*, MAP_*, MADV_*: from <asm/mman.h> */

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
void *mremap(void *old, size_t old_length, size_t new_length, int flags, ...);

#endif
