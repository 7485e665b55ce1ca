/* The raw futex system call, wrapped for taskrt's own locks (see internal/futex.h). */
#include <errno.h>
#include "internal/futex.h"
#include "internal/syscall.h"

#define PRIV(priv) ((priv) ? FUTEX_PRIVATE_FLAG : 0)

/* The system call itself: __syscall_cp6 at a cancellation point, plain()
 * elsewhere.  Every wait below goes through call() with one or the other,
 * so the timeout handling exists once, not once per kind of wait. */
typedef long syscall_fn(long a, long b, long c, long d, long e, long f, long n);

static long plain(long a, long b, long c, long d, long e, long f, long n)
{
	return __syscall(n, a, b, c, d, e, f);
}

/* futex(addr, op, val, ts, 0, bitset) through sc.  The kernel reads a
 * timeout ts as two 64-bit words.  On 32-bit arches that is
 * SYS_futex_time64 (Linux 5.1); SYS_futex there reads two 32-bit words,
 * and is only the fallback for older kernels, the seconds clamped to what
 * fits (68 years from 1970: 2038).  Without a timeout SYS_futex is the
 * same everywhere. */
__attribute__((__noinline__))
static int call(syscall_fn *sc, volatile int *addr, int op, int val,
		const struct timespec *ts, int bitset)
{
	if (!ts)
		return sc((long)addr, op, val, 0, 0, bitset, SYS_futex);
	long long t64[2] = { ts->tv_sec, ts->tv_nsec };
#ifdef SYS_futex_time64
	long r = sc((long)addr, op, val, (long)t64, 0, bitset, SYS_futex_time64);
	long t32[2] = { (long)t64[0], (long)t64[1] };

	if (r != -ENOSYS)
		return r;
	if (t64[0] != t32[0])
		t32[0] = t64[0] < 0 ? -0x7fffffffL - 1 : 0x7fffffffL;
	return sc((long)addr, op, val, (long)t32, 0, bitset, SYS_futex);
#else
	return sc((long)addr, op, val, (long)t64, 0, bitset, SYS_futex);
#endif
}

/* call() for the PI lock ops (syscall/futex_pi.c): not a cancellation
 * point. */
int __futex_timed(volatile int *addr, int op, int val, const struct timespec *ts, int bitset)
{
	return call(plain, addr, op, val, ts, bitset);
}

int __futex_wait(volatile int *addr, int val, const struct timespec *timeout, int priv)
{
	return call(plain, addr, FUTEX_WAIT | PRIV(priv), val, timeout, 0);
}

/* FUTEX_WAIT takes a relative time; FUTEX_WAIT_BITSET an absolute one, on
 * CLOCK_MONOTONIC unless FUTEX_CLOCK_REALTIME is set.  The bitset "match
 * any" makes it an ordinary wait. */
__attribute__((__noinline__))
static int wait_until(syscall_fn *sc, volatile int *addr, int val, clockid_t clock,
		      const struct timespec *abstime, int priv)
{
	int op = FUTEX_WAIT, bitset = 0;

	if (abstime) {
		op = FUTEX_WAIT_BITSET;
		bitset = (int)FUTEX_BITSET_MATCH_ANY;
		if (clock == CLOCK_REALTIME)
			op |= FUTEX_CLOCK_REALTIME;
		else if (clock != CLOCK_MONOTONIC)
			return -EINVAL;
	}
	return call(sc, addr, op | PRIV(priv), val, abstime, bitset);
}

int __futex_wait_until(volatile int *addr, int val, clockid_t clock,
                       const struct timespec *abstime, int priv)
{
	return wait_until(plain, addr, val, clock, abstime, priv);
}

int __futex_wake(volatile int *addr, int count, int priv)
{
	return __syscall(SYS_futex, addr, FUTEX_WAKE | PRIV(priv), count);
}

/* __futex_wait_until at a cancellation point: pthread_join, the cond and
 * semaphore waits.  The mutex's slow path uses the plain waits, which a
 * cancel never interrupts. */
int __futex_wait_cp(volatile int *addr, int val, clockid_t clock,
                    const struct timespec *abstime, int priv)
{
	return wait_until(__syscall_cp6, addr, val, clock, abstime, priv);
}
