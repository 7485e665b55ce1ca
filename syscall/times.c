/* times: the CPU times, and the clock ticks since an arbitrary point in
 * the past.  That count can look like an error code once it wraps; the
 * kernel's only error is EFAULT, so only -EFAULT is taken for one. */
#include <errno.h>
#include <sys/times.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak clock_t times(struct tms *buf)
{
	long r = __syscall(SYS_times, buf);

	if (r == -EFAULT)
		return __syscall_ret(r);
	return r;
}
