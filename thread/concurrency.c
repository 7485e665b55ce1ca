/* pthread_setconcurrency: a hint for M:N thread libraries.  Every taskrt
 * thread is a kernel thread, so there is nothing to tune: the level is
 * only remembered for pthread_getconcurrency (0: none set), as in glibc. */
#include <errno.h>
#include <pthread.h>
#include "internal/defs.h"

static int level;

weak int pthread_setconcurrency(int new_level)
{
	if (new_level < 0)
		return EINVAL;
	level = new_level;
	return 0;
}

weak int pthread_getconcurrency(void)
{
	return level;
}
