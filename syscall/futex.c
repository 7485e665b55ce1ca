/* The raw futex system call, wrapped for taskrt's own locks (see internal/futex.h). */
#include <errno.h>
#include "internal/futex.h"
#include "internal/syscall.h"

#define PRIV(priv) ((priv) ? FUTEX_PRIVATE_FLAG : 0)

/* futex(addr, op, val, timeout, 0, bitset) with a timeout.  The kernel
 * reads the timeout as two 64-bit words.  On 32-bit arches that is
 * SYS_futex_time64 (Linux 5.1); SYS_futex there reads two 32-bit words,
 * and is only the fallback for older kernels, the seconds clamped to what
 * fits (68 years from 1970: 2038).  cp, a constant wherever it is
 * inlined: the wait is a cancellation point (__syscall_cp). */
static inline __attribute__((__always_inline__))
int futex_timed(volatile int *addr, int op, int val, const struct timespec *ts, int bitset, int cp)
{
	long long t64[2] = { ts->tv_sec, ts->tv_nsec };
#ifdef SYS_futex_time64
	long r = cp ? __syscall_cp(SYS_futex_time64, addr, op, val, t64, 0, bitset)
	            : __syscall(SYS_futex_time64, addr, op, val, t64, 0, bitset);
	long t32[2] = { (long)t64[0], (long)t64[1] };

	if (r != -ENOSYS)
		return r;
	if (t64[0] != t32[0])
		t32[0] = t64[0] < 0 ? -0x7fffffffL - 1 : 0x7fffffffL;
	return cp ? __syscall_cp(SYS_futex, addr, op, val, t32, 0, bitset)
	          : __syscall(SYS_futex, addr, op, val, t32, 0, bitset);
#else
	return cp ? __syscall_cp(SYS_futex, addr, op, val, t64, 0, bitset)
	          : __syscall(SYS_futex, addr, op, val, t64, 0, bitset);
#endif
}

/* futex_timed for the PI lock ops (syscall/futex_pi.c): not a
 * cancellation point. */
int __futex_timed(volatile int *addr, int op, int val, const struct timespec *ts, int bitset)
{
	return futex_timed(addr, op, val, ts, bitset, 0);
}

int __futex_wait(volatile int *addr, int val, const struct timespec *timeout, int priv)
{
	int op = FUTEX_WAIT | PRIV(priv);

	if (timeout)
		return futex_timed(addr, op, val, timeout, 0, 0);
	return __syscall(SYS_futex, addr, op, val, 0);
}

/* FUTEX_WAIT takes a relative time; FUTEX_WAIT_BITSET an absolute one, on
 * CLOCK_MONOTONIC unless FUTEX_CLOCK_REALTIME is set.  The bitset "match
 * any" makes it an ordinary wait. */
int __futex_wait_until(volatile int *addr, int val, clockid_t clock,
                       const struct timespec *abstime, int priv)
{
	int op = FUTEX_WAIT_BITSET | PRIV(priv);

	if (!abstime)
		return __futex_wait(addr, val, 0, priv);
	if (clock == CLOCK_REALTIME)
		op |= FUTEX_CLOCK_REALTIME;
	else if (clock != CLOCK_MONOTONIC)
		return -EINVAL;
	return futex_timed(addr, op, val, abstime, (int)FUTEX_BITSET_MATCH_ANY, 0);
}

int __futex_wake(volatile int *addr, int count, int priv)
{
	return __syscall(SYS_futex, addr, FUTEX_WAKE | PRIV(priv), count);
}

/* __futex_wait_until at a cancellation point: pthread_join, the cond and
 * semaphore waits.  Kept apart from the plain waits, which the mutex's slow
 * path uses, so that they stay as they are. */
int __futex_wait_cp(volatile int *addr, int val, clockid_t clock,
                    const struct timespec *abstime, int priv)
{
	int op = FUTEX_WAIT_BITSET | PRIV(priv);

	if (!abstime)
		return __syscall_cp(SYS_futex, addr, FUTEX_WAIT | PRIV(priv), val, 0);
	if (clock == CLOCK_REALTIME)
		op |= FUTEX_CLOCK_REALTIME;
	else if (clock != CLOCK_MONOTONIC)
		return -EINVAL;
	return futex_timed(addr, op, val, abstime, (int)FUTEX_BITSET_MATCH_ANY, 1);
}
