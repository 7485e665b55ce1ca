/* The system call layer, for taskrt's own sources.
 *
 *   __syscall(SYS_x, a, b, ...)     raw: returns the kernel's -errno
 *   __syscall_ret(r)                turns -errno into -1 with errno set
 *   syscall_errno(SYS_x, ...)       both in one: what wrappers return
 *   __syscall_cp(SYS_x, ...)        as __syscall, at a cancellation point
 *   syscall_cp_errno(SYS_x, ...)    as syscall_errno, at a cancellation point
 */
#ifndef _TASKRT_INTERNAL_SYSCALL_H
#define _TASKRT_INTERNAL_SYSCALL_H

#include "defs.h"
#include <bits/syscall.h>
#include <arch/syscall.h>

hidden long __syscall_ret(unsigned long r);

/* Count the arguments and call __syscallN with each one cast to long. */
#define __SYSCALL_NARGS_X(a, b, c, d, e, f, g, h, n, ...) n
#define __SYSCALL_NARGS(...) __SYSCALL_NARGS_X(__VA_ARGS__, 7, 6, 5, 4, 3, 2, 1, 0, )
#define __SYSCALL_CONCAT_X(a, b) a##b
#define __SYSCALL_CONCAT(a, b) __SYSCALL_CONCAT_X(a, b)
#define __SYSCALL_DISP(b, ...) __SYSCALL_CONCAT(b, __SYSCALL_NARGS(__VA_ARGS__))(__VA_ARGS__)

#define __syscall1(n, a) __syscall1(n, (long)(a))
#define __syscall2(n, a, b) __syscall2(n, (long)(a), (long)(b))
#define __syscall3(n, a, b, c) __syscall3(n, (long)(a), (long)(b), (long)(c))
#define __syscall4(n, a, b, c, d) __syscall4(n, (long)(a), (long)(b), (long)(c), (long)(d))
#define __syscall5(n, a, b, c, d, e) __syscall5(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e))
#define __syscall6(n, a, b, c, d, e, f) __syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* A 64-bit argument (an offset or a length): one register on 64-bit
 * arches; two on 32-bit ones, low half first (every supported arch is
 * little-endian).  __SYSCALL_LL_E is for a pair that falls at an even
 * argument (0, 2, 4); __SYSCALL_LL_O for one after an odd number of
 * arguments, which SYSCALL_PAIRS_ALIGNED arches (arm) pad with a zero. */
#if __SIZEOF_LONG__ == 8
#define __SYSCALL_LL_E(x) (x)
#define __SYSCALL_LL_O(x) (x)
#else
#define __SYSCALL_LL_E(x) (long)((unsigned long long)(x) & 0xffffffff), (long)((unsigned long long)(x) >> 32)
#ifdef SYSCALL_PAIRS_ALIGNED
#define __SYSCALL_LL_O(x) 0, __SYSCALL_LL_E(x)
#else
#define __SYSCALL_LL_O(x) __SYSCALL_LL_E(x)
#endif
#endif

#define __syscall(...) __SYSCALL_DISP(__syscall, __VA_ARGS__)
#define syscall_errno(...) __syscall_ret(__syscall(__VA_ARGS__))

/* A cancellation point: a wrapper of a call that POSIX says is one (read,
 * accept, msgrcv, ...) writes syscall_cp_errno where it would write
 * syscall_errno, or __syscall_cp for __syscall; nothing else changes.
 * Without pthread_cancel in the program this is a call of a plain
 * __syscall; with it, a pending cancel acts before the trap or while the
 * call blocks, never after the kernel has returned (docs/cancel.md).
 * (The number goes last: most arches then pass the arguments in the very
 * registers the kernel reads them from, and the plain __syscall_cp6 of
 * syscall/syscall_cp.c is a move or two and the trap.) */
hidden long __syscall_cp6(long a, long b, long c, long d, long e, long f, long n);
#define __SYSCALL_CP_X(n, a, b, c, d, e, f, ...) \
	__syscall_cp6((long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f), n)
#define __syscall_cp(...) __SYSCALL_CP_X(__VA_ARGS__, 0, 0, 0, 0, 0, 0, 0)
#define syscall_cp_errno(...) __syscall_ret(__syscall_cp(__VA_ARGS__))

#endif
