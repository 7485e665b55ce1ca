#include <errno.h>
#include <pthread.h>
#include "internal/pthread.h"
#include "internal/defs.h"

/* Mark a thread detached, so that it frees itself when it ends.  If it is
 * already on its way out (it found itself joinable), reap it here instead. */
int __pthread_detach(pthread_t t)
{
	int state = DETACH_JOINABLE;

	if (__atomic_compare_exchange_n(&t->detach_state, &state, DETACH_DETACHED, 0,
	                                __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		return 0;
	if (state == DETACH_DETACHED)
		return EINVAL;
	return __pthread_join(t, 0);
}
weak_alias(__pthread_detach, pthread_detach);
