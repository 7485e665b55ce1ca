/* C11 call_once: pthread_once, which never fails for a valid flag. */
#include <threads.h>
#include "internal/defs.h"

void call_once(once_flag *flag, void (*fn)(void))
{
	__pthread_once(flag, fn);
}
