/* Barriers: __limit threads meet, one of them is told it was the last.
 *
 *   __count       arrivals in the current cycle (0 .. __limit - 1); while
 *                 the threads of the cycle that just ended are still
 *                 leaving, minus the number yet to leave
 *   __generation  the cycle number, the futex word arrivals sleep on
 *
 * A cycle: each arrival reads __generation, then counts itself in; the
 * last one (count reaches __limit) sets __count to -(limit - 1), bumps
 * __generation, wakes every sleeper and returns SERIAL.  The others sleep
 * until __generation differs from what they read, then count themselves
 * out (+1); the one that brings __count back to 0 wakes whoever waits for
 * the barrier to drain.  Why no sleeper is forgotten: each sleeps through
 * FUTEX_WAIT(__generation, seen), which the kernel refuses once the
 * generation has moved on, and the bump happens before the wake.
 *
 * Why the drain: a thread released from cycle n may hurry round and
 * arrive for cycle n+1 while others of cycle n have not yet noticed the
 * bump.  Counting out lets such early arrivals (and pthread_barrier_destroy)
 * wait until __count is 0 again, so cycles never mix, and destroying a
 * barrier right after the SERIAL thread returns is safe.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "internal/futex.h"
#include "internal/defs.h"

/* Until everyone from the last cycle has left (count back to >= 0). */
static int drained(pthread_barrier_t *b, int priv)
{
	int c;

	while ((c = __atomic_load_n(&b->__count, __ATOMIC_ACQUIRE)) < 0)
		__futex_wait(&b->__count, c, 0, priv);
	return c;
}

weak int pthread_barrier_wait(pthread_barrier_t *b)
{
	int priv = !b->__pshared, limit = b->__limit, gen, c;

	do {
		c = drained(b, priv);
		gen = __atomic_load_n(&b->__generation, __ATOMIC_ACQUIRE);
	} while (!__atomic_compare_exchange_n(&b->__count, &c, c + 1, 0,
	                                      __ATOMIC_ACQ_REL, __ATOMIC_RELAXED));
	if (c + 1 == limit) {
		/* The last arrival: open the barrier. */
		__atomic_store_n(&b->__count, -(limit - 1), __ATOMIC_RELAXED);
		__atomic_store_n(&b->__generation, gen + 1, __ATOMIC_RELEASE);
		if (limit > 1)
			__futex_wake(&b->__generation, INT_MAX, priv);
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	while (__atomic_load_n(&b->__generation, __ATOMIC_ACQUIRE) == gen)
		__futex_wait(&b->__generation, gen, 0, priv);   /* EINTR: look again */
	/* Count ourselves out; the last one out lets the next cycle in. */
	if (__atomic_add_fetch(&b->__count, 1, __ATOMIC_RELEASE) == 0)
		__futex_wake(&b->__count, INT_MAX, priv);
	return 0;
}

weak int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict a,
                         unsigned count)
{
	if (count == 0 || count > INT_MAX)
		return EINVAL;
	*b = (pthread_barrier_t){ 0, 0, count, a ? a->__pshared : PTHREAD_PROCESS_PRIVATE };
	return 0;
}

weak int pthread_barrier_destroy(pthread_barrier_t *b)
{
	drained(b, !b->__pshared);
	return 0;
}
