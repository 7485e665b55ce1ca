#include <stdlib.h>
#include <string.h>
#include "internal/rand48.h"

/* Each seeding resets the multiplier and addend (lcong48 sets its own). */
static void standard_lcg(void)
{
	__rand48.a[0] = 0xe66d;
	__rand48.a[1] = 0xdeec;
	__rand48.a[2] = 0x5;
	__rand48.c = 0xb;
}

/* X = the low 32 bits of seed, then 0x330E below them (POSIX). */
weak void srand48(long seed)
{
	__rand48.x[0] = 0x330e;
	__rand48.x[1] = (unsigned short)seed;
	__rand48.x[2] = (unsigned short)((unsigned long)seed >> 16);
	standard_lcg();
}

/* Returns the previous X, in a buffer the next call overwrites. */
weak unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short old[3];

	memcpy(old, __rand48.x, sizeof old);
	memcpy(__rand48.x, seed, sizeof old);
	standard_lcg();
	return old;
}

/* p: X[0..2], a[0..2], c. */
weak void lcong48(unsigned short p[7])
{
	memcpy(__rand48.x, p, 3 * sizeof *p);
	memcpy(__rand48.a, p + 3, 3 * sizeof *p);
	__rand48.c = p[6];
}
