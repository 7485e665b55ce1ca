/* The cancellation points of a program that never calls pthread_cancel:
 * plain system calls.  No cancel can be pending there, so the window, the
 * handler and their flag test are not linked; thread/cancel.c's strong
 * functions replace these weak ones in a program that can cancel.
 *
 * Each __syscall_cp_retN converts -errno itself (the lines of
 * syscall/syscall_ret.c): a wrapper then tail-calls it, and a program
 * whose only system call wrapper is write has the same code size as with
 * the inline system call (docs/cancel.md, "What it costs"). */
#include "internal/pthread.h"
#include "internal/syscall.h"
#include "internal/defs.h"

static inline __attribute__((__always_inline__)) long ret(unsigned long r)
{
	if (r > -4096UL) {
		__self()->errno_value = -(long)r;
		return -1;
	}
	return (long)r;
}

static long plain(long a, long b, long c, long d, long e, long f, long n)
{
	return __syscall(n, a, b, c, d, e, f);
}
weak_alias(plain, __syscall_cp6);

static long plain0(long n) { return ret(__syscall(n)); }
static long plain1(long a, long n) { return ret(__syscall(n, a)); }
static long plain2(long a, long b, long n) { return ret(__syscall(n, a, b)); }
static long plain3(long a, long b, long c, long n) { return ret(__syscall(n, a, b, c)); }
static long plain4(long a, long b, long c, long d, long n)
{
	return ret(__syscall(n, a, b, c, d));
}
static long plain5(long a, long b, long c, long d, long e, long n)
{
	return ret(__syscall(n, a, b, c, d, e));
}
static long plain6(long a, long b, long c, long d, long e, long f, long n)
{
	return ret(__syscall(n, a, b, c, d, e, f));
}
weak_alias(plain0, __syscall_cp_ret0);
weak_alias(plain1, __syscall_cp_ret1);
weak_alias(plain2, __syscall_cp_ret2);
weak_alias(plain3, __syscall_cp_ret3);
weak_alias(plain4, __syscall_cp_ret4);
weak_alias(plain5, __syscall_cp_ret5);
weak_alias(plain6, __syscall_cp_ret6);
