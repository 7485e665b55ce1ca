#include <stdint.h>
#include <stdlib.h>
#include "internal/rand48.h"

/* The top 32 bits of X as a signed number: -2^31 .. 2^31 - 1. */
weak long jrand48(unsigned short x[3])
{
	return (int32_t)(uint32_t)(__rand48_step(x) >> 16);
}

weak long mrand48(void)
{
	return (int32_t)(uint32_t)(__rand48_step(__rand48.x) >> 16);
}
