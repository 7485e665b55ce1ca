/* PTHREAD_STACK_MIN's value, as glibc has it for the arch: 16 KiB where
 * the kernel's pages are 4 KiB (x86, arm, riscv64, s390x).  Copied into
 * <bits/stack_min.h> by include/generate.sh, which <limits.h> and
 * <pthread.h> include; an arch whose kernels may use 64 KiB pages has
 * its own, at least two such pages. */
#define __TASKRT_STACK_MIN 16384
