/* struct timeval, shared by <sys/time.h>, <sys/select.h> and
 * <sys/resource.h>: two 64-bit fields on every arch. */
#ifndef _TASKRT_BITS_TIMEVAL_H
#define _TASKRT_BITS_TIMEVAL_H

#include <bits/types.h>

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

#endif
