#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* The size of the descriptor table: RLIMIT_NOFILE's soft limit (INT_MAX
 * when that is unlimited, or larger than an int), or 256, glibc's
 * OPEN_MAX, if it cannot be had. */
weak int getdtablesize(void)
{
	struct rlimit rl;

	if (__syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, &rl) < 0)
		return 256;
	return rl.rlim_cur > INT_MAX ? INT_MAX : (int)rl.rlim_cur;
}
