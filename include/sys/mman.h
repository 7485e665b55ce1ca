#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <bits/types.h>
#include <bits/mman.h>      /* PROT_*, MAP_*, MADV_*: from <asm/mman.h> */

#define MAP_FAILED ((void *)-1)
#ifndef MAP_ANON
#define MAP_ANON MAP_ANONYMOUS
#endif

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t length);
int mprotect(void *addr, size_t length, int prot);
int madvise(void *addr, size_t length, int advice);

#endif
