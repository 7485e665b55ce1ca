/* PTHREAD_STACK_MIN's value, glibc's for MIPS: two 64 KiB pages, the
 * largest page a MIPS kernel may use (4 to 64 KiB; Debian's Malta kernel
 * uses 4), so that the minimum stack is a whole number of pages on any of
 * them (arch/generic/stack_min.h has the 4 KiB arches' value). */
#define __TASKRT_STACK_MIN 131072
