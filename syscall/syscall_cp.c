/* The cancellation point of a program that never calls pthread_cancel: a
 * plain system call.  No cancel can be pending there, so the window, the
 * handler and their flag test are not linked; thread/cancel.c's strong
 * __syscall_cp6 replaces this one in a program that can cancel.  What a
 * read pays here, against an inline __syscall: a call, the zeroed unused
 * arguments, and a move of the number into its register (docs/cancel.md). */
#include "internal/syscall.h"
#include "internal/defs.h"

static long plain(long a, long b, long c, long d, long e, long f, long n)
{
	return __syscall(n, a, b, c, d, e, f);
}
weak_alias(plain, __syscall_cp6);
