/* PTHREAD_STACK_MIN's value, glibc's for aarch64: two 64 KiB pages, the
 * largest page an arm64 kernel may use (4, 16 or 64 KiB), so that the
 * minimum stack is a whole number of pages on any of them
 * (arch/generic/stack_min.h has the 4 KiB arches' value). */
#define __TASKRT_STACK_MIN 131072
