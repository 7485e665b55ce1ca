/* Spin locks: 0 free, 1 held, and no sleeping at all.  The waiter burns
 * its CPU until the holder lets go, so they suit only critical sections
 * shorter than a system call, on a machine with a core to spare.  The
 * same code works between processes (pshared): atomics need no kernel.
 *
 * Test-and-test-and-set: while the lock is held, a waiter only reads it,
 * so the cache line stays shared among the waiters instead of bouncing
 * between them on every failed write.  (No pause hint: it is a different
 * instruction on every arch, and arch-specific code lives in arch/.) */
#include <errno.h>
#include <pthread.h>
#include "internal/defs.h"

weak int pthread_spin_init(pthread_spinlock_t *s, int pshared)
{
	(void)pshared;
	*s = 0;
	return 0;
}

weak int pthread_spin_destroy(pthread_spinlock_t *s)
{
	(void)s;
	return 0;
}

weak int pthread_spin_lock(pthread_spinlock_t *s)
{
	while (__atomic_exchange_n(s, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(s, __ATOMIC_RELAXED))
			;
	return 0;
}

weak int pthread_spin_trylock(pthread_spinlock_t *s)
{
	return __atomic_exchange_n(s, 1, __ATOMIC_ACQUIRE) ? EBUSY : 0;
}

weak int pthread_spin_unlock(pthread_spinlock_t *s)
{
	__atomic_store_n(s, 0, __ATOMIC_RELEASE);
	return 0;
}
