/* pthread_testcancel: a cancellation point that makes no system call.
 * Only pthread_cancel sets the flag, so this links none of its machinery:
 * exiting with PTHREAD_CANCELED is all a pending cancel asks for here. */
#include <pthread.h>
#include "internal/pthread.h"
#include "internal/defs.h"

void __pthread_testcancel(void)
{
	struct pthread *self = __self();

	if (self->cancel && self->cancel_disable == PTHREAD_CANCEL_ENABLE)
		__pthread_exit(PTHREAD_CANCELED);
}
weak_alias(__pthread_testcancel, pthread_testcancel);
