#include "internal/stdio.h"

/* Every call already handed its output to the kernel before returning:
 * there is never anything to flush. */
int fflush(FILE *f)
{
	(void)f;
	return 0;
}
