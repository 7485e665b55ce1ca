/* <sys/times.h>: the process's and its children's CPU times, in clock
 * ticks (sysconf(_SC_CLK_TCK) of them a second). */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <bits/types.h>

struct tms {
	clock_t tms_utime;   /* user time */
	clock_t tms_stime;   /* system time */
	clock_t tms_cutime;  /* user time of the children waited for */
	clock_t tms_cstime;  /* system time of the children waited for */
};

clock_t times(struct tms *buf);

#endif
