/* alarm and pause: the oldest ways to wait for a signal.
 *
 * alarm is setitimer(ITIMER_REAL) with whole seconds, which every arch
 * has (aarch64 and riscv64 have no alarm system call); the struct is the
 * kernel's old itimerval, of longs on every arch.  pause is the pause
 * system call where there is one, else ppoll with nothing to poll and no
 * timeout, as glibc does.
 */
#include <signal.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

struct kernel_itimerval { struct { long sec, usec; } interval, value; };

/* The seconds left of the previous alarm, rounded up (a pending alarm is
 * never reported as 0), as glibc does. */
weak unsigned alarm(unsigned seconds)
{
	struct kernel_itimerval new = { { 0, 0 }, { (long)seconds, 0 } }, old = { { 0, 0 }, { 0, 0 } };

	__syscall(SYS_setitimer, 0 /* ITIMER_REAL */, &new, &old);
	return old.value.sec + (old.value.usec >= 500000 || (old.value.sec == 0 && old.value.usec));
}

weak int pause(void)
{
#ifdef SYS_pause
	return syscall_cp_errno(SYS_pause);
#else
	return syscall_cp_errno(SYS_ppoll, 0, 0, 0, 0, 0);
#endif
}
