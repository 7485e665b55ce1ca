#include <errno.h>
#include "internal/pthread.h"

/* errno is a field of the calling thread's TCB, found from the thread
 * pointer: one or two instructions, no TLS segment needed. */
int *__errno_location(void)
{
	return &__self()->errno_value;
}
