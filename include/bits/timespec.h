/* struct timespec, shared by <time.h>, <sys/stat.h>, <poll.h> and
 * <sys/select.h>.  time_t is 64-bit everywhere; tv_nsec is a long, as
 * POSIX says, so the kernel's two 64-bit fields are converted on 32-bit
 * arches (syscall/time.c). */
#ifndef _TASKRT_BITS_TIMESPEC_H
#define _TASKRT_BITS_TIMESPEC_H

#include <bits/types.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#endif
