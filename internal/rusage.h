/* The kernel's struct rusage, for getrusage and wait4: 18 longs on every
 * arch (two timevals of two longs, then 14 counters; there is no
 * 64-bit-time getrusage or wait4), copied into taskrt's struct rusage,
 * whose timevals are 64-bit everywhere. */
#ifndef _TASKRT_INTERNAL_RUSAGE_H
#define _TASKRT_INTERNAL_RUSAGE_H

#include <sys/resource.h>

typedef struct { long f[18]; } kernel_rusage;

static inline void rusage_from_kernel(struct rusage *u, const kernel_rusage *k)
{
	long *counters = &u->ru_maxrss;

	u->ru_utime = (struct timeval){ k->f[0], k->f[1] };
	u->ru_stime = (struct timeval){ k->f[2], k->f[3] };
	for (int i = 0; i < 14; i++)
		counters[i] = k->f[4 + i];
}

#endif
