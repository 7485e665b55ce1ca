/* clock: the process's CPU time in CLOCKS_PER_SEC units (microseconds,
 * as POSIX's XSI fixes them), or (clock_t)-1 if it cannot be had or no
 * longer fits. */
#include <time.h>
#include "internal/defs.h"

clock_t clock(void)
{
	struct timespec ts;

	if (__clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) < 0)
		return -1;
	if (ts.tv_sec > (long long)(((unsigned long)-1 >> 1) / 1000000 - 1))
		return -1;
	return ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
