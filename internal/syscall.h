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
 * Without pthread_cancel in the program this is a call of a plain system
 * call; with it, a pending cancel acts before the trap or while the call
 * blocks, never after the kernel has returned (docs/cancel.md).
 *
 * The number goes last, so that most arches pass the arguments in the
 * very registers the kernel reads them from; and syscall_cp_errno calls
 * one function per argument count, which does the errno conversion too,
 * so that a wrapper is a tail call and the plain functions of
 * syscall/syscall_cp.c are a move, the trap and __syscall_ret's lines:
 * about what the inline system call and __syscall_ret cost. */
hidden long __syscall_cp6(long a, long b, long c, long d, long e, long f, long n);
#define __SYSCALL_CP_X(n, a, b, c, d, e, f, ...) \
	__syscall_cp6((long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f), n)
#define __syscall_cp(...) __SYSCALL_CP_X(__VA_ARGS__, 0, 0, 0, 0, 0, 0, 0)

hidden long __syscall_cp_ret0(long n);
hidden long __syscall_cp_ret1(long a, long n);
hidden long __syscall_cp_ret2(long a, long b, long n);
hidden long __syscall_cp_ret3(long a, long b, long c, long n);
hidden long __syscall_cp_ret4(long a, long b, long c, long d, long n);
hidden long __syscall_cp_ret5(long a, long b, long c, long d, long e, long n);
hidden long __syscall_cp_ret6(long a, long b, long c, long d, long e, long f, long n);
#define __SYSCALL_CP_RET0(n) __syscall_cp_ret0(n)
#define __SYSCALL_CP_RET1(n, a) __syscall_cp_ret1((long)(a), n)
#define __SYSCALL_CP_RET2(n, a, b) __syscall_cp_ret2((long)(a), (long)(b), n)
#define __SYSCALL_CP_RET3(n, a, b, c) __syscall_cp_ret3((long)(a), (long)(b), (long)(c), n)
#define __SYSCALL_CP_RET4(n, a, b, c, d) \
	__syscall_cp_ret4((long)(a), (long)(b), (long)(c), (long)(d), n)
#define __SYSCALL_CP_RET5(n, a, b, c, d, e) \
	__syscall_cp_ret5((long)(a), (long)(b), (long)(c), (long)(d), (long)(e), n)
#define __SYSCALL_CP_RET6(n, a, b, c, d, e, f) \
	__syscall_cp_ret6((long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f), n)
#define syscall_cp_errno(...) __SYSCALL_DISP(__SYSCALL_CP_RET, __VA_ARGS__)

#endif
