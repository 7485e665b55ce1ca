/* The kernel's vDSO: a small shared object it maps into every process,
 * whose functions answer some system calls without entering the kernel. */
#ifndef _TASKRT_INTERNAL_VDSO_H
#define _TASKRT_INTERNAL_VDSO_H

#include "defs.h"
/* The vDSO's clock_gettime (name in arch/<arch>/arch.h), or NULL where the
 * kernel offers none (qemu-user 7.2 maps no vDSO).  Looked up once. */
hidden void *__vdso_clock_gettime(void);

#endif
