/* Priority-inheritance futexes (see internal/futex.h). */
#include <errno.h>
#include "internal/futex.h"
#include "internal/syscall.h"

#define PRIV(priv) ((priv) ? FUTEX_PRIVATE_FLAG : 0)

/* FUTEX_LOCK_PI reads an absolute CLOCK_REALTIME deadline; FUTEX_LOCK_PI2
 * (Linux 5.14) an absolute CLOCK_MONOTONIC one, unless told
 * FUTEX_CLOCK_REALTIME. */
int __futex_lock_pi(volatile int *addr, clockid_t clock,
                    const struct timespec *abstime, int priv)
{
	int op = FUTEX_LOCK_PI | PRIV(priv);

	if (!abstime)
		return __syscall(SYS_futex, addr, op, 0, 0);
	if (clock == CLOCK_MONOTONIC)
		op = FUTEX_LOCK_PI2 | PRIV(priv);
	else if (clock != CLOCK_REALTIME)
		return -EINVAL;
	return __futex_timed(addr, op, 0, abstime, 0);
}

int __futex_trylock_pi(volatile int *addr, int priv)
{
	return __syscall(SYS_futex, addr, FUTEX_TRYLOCK_PI | PRIV(priv), 0);
}

int __futex_unlock_pi(volatile int *addr, int priv)
{
	return __syscall(SYS_futex, addr, FUTEX_UNLOCK_PI | PRIV(priv), 0);
}
