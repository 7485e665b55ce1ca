/* <sys/mman.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SYS_MMAN_H
#define _TASKRT_WRAP_SYS_MMAN_H

#include_next <sys/mman.h>
#include "internal/defs.h"

hidden void *__mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
hidden int __mprotect(void *addr, size_t length, int prot);
hidden void *__mremap(void *old, size_t old_length, size_t new_length, int flags, ...);
hidden int __munmap(void *addr, size_t length);

#endif
