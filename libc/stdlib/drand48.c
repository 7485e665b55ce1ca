#include <stdlib.h>
#include "internal/rand48.h"

/* X / 2^48: exact, since X has 48 bits and a double's mantissa 53. */
weak double erand48(unsigned short x[3])
{
	return (double)__rand48_step(x) / 281474976710656.0;
}

weak double drand48(void)
{
	return (double)__rand48_step(__rand48.x) / 281474976710656.0;
}
