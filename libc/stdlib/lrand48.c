#include <stdlib.h>
#include "internal/rand48.h"

/* The top 31 bits of X: 0 .. 2^31 - 1. */
weak long nrand48(unsigned short x[3])
{
	return (long)(__rand48_step(x) >> 17);
}

weak long lrand48(void)
{
	return (long)(__rand48_step(__rand48.x) >> 17);
}
