/* <sys/timex.h>: the kernel's clock discipline (NTP): adjtimex and
 * clock_adjtime.
 *
 * struct timex is the kernel's __kernel_timex on every arch: 64-bit
 * fields (long on 64-bit arches, as in glibc; long long on 32-bit ones,
 * which pass it through clock_adjtime64, so that the time in it is a
 * 64-bit time_t as everywhere in taskrt). */
#ifndef _SYS_TIMEX_H
#define _SYS_TIMEX_H

#include <bits/types.h>
#include <bits/timeval.h>
#include <bits/timex.h>     /* ADJ_*, MOD_*, STA_*, TIME_*: <linux/timex.h> */

#if __SIZEOF_LONG__ == 8
typedef long __timex_long;
#else
typedef long long __timex_long;
#endif

struct timex {
	unsigned modes;                /* ADJ_*: what to set */
	int :32;
	__timex_long offset, freq, maxerror, esterror;
	int status;                    /* STA_* */
	int :32;
	__timex_long constant, precision, tolerance;
	struct timeval time;           /* the time now (read-only) */
	__timex_long tick, ppsfreq, jitter;
	int shift;
	int :32;
	__timex_long stabil, jitcnt, calcnt, errcnt, stbcnt;
	int tai;
	int :32; int :32; int :32; int :32;
	int :32; int :32; int :32; int :32;
	int :32; int :32; int :32;
};

/* Both return the clock's state, TIME_OK ... TIME_ERROR, or -1. */
int adjtimex(struct timex *buf);
int clock_adjtime(clockid_t clock, struct timex *buf);

#endif
