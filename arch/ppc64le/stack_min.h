/* PTHREAD_STACK_MIN's value, glibc's for powerpc: two 64 KiB pages, the
 * page size of Debian's ppc64el kernel (4 KiB is the other choice), so
 * that the minimum stack is a whole number of pages on either
 * (arch/generic/stack_min.h has the 4 KiB arches' value). */
#define __TASKRT_STACK_MIN 131072
