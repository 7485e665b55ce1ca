/* pthread_yield: glibc's old name of sched_yield (deprecated there). */
#include <pthread.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int pthread_yield(void)
{
	return -__syscall(SYS_sched_yield);
}
