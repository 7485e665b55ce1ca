/* adjtimex and clock_adjtime: one system call, clock_adjtime64 on 32-bit
 * arches (whose struct is <sys/timex.h>'s on every arch), clock_adjtime
 * on 64-bit ones.  adjtimex is clock_adjtime of CLOCK_REALTIME, as glibc
 * makes it. */
#include <sys/timex.h>
#include <time.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_clock_adjtime64
#define SYS_CLOCK_ADJTIME SYS_clock_adjtime64
#else
#define SYS_CLOCK_ADJTIME SYS_clock_adjtime
#endif

/* The kernel's __kernel_timex: 208 bytes, the time at offset 72. */
_Static_assert(sizeof(struct timex) == 208, "struct timex is __kernel_timex");
_Static_assert(__builtin_offsetof(struct timex, time) == 72, "timex.time");
_Static_assert(__builtin_offsetof(struct timex, tai) == 160, "timex.tai");

weak int clock_adjtime(clockid_t clock, struct timex *buf)
{
	return syscall_errno(SYS_CLOCK_ADJTIME, clock, buf);
}

weak int adjtimex(struct timex *buf)
{
	return syscall_errno(SYS_CLOCK_ADJTIME, CLOCK_REALTIME, buf);
}
