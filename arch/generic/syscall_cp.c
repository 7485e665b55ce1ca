/* The generic __syscall_cp_asm, for an arch without syscall_cp.S: the
 * flag test and the system call in C, with no window around them
 * (arch/generic/ucontext.h says what that costs). */
#include "internal/cancel.h"
#include "internal/syscall.h"

long __syscall_cp_asm(volatile int *cancel, long n, long a, long b, long c,
                      long d, long e, long f)
{
	if (*cancel)
		return __cancel();
	return __syscall(n, a, b, c, d, e, f);
}
