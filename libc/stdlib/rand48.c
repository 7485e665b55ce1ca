#include "internal/rand48.h"

/* Until srand48, seed48 or lcong48: a = 0x5DEECE66D, c = 0xB and X = 0,
 * as in glibc. */
struct rand48 __rand48 = { { 0, 0, 0 }, { 0xe66d, 0xdeec, 0x5 }, 0xb };

uint64_t __rand48_step(unsigned short x[3])
{
	const unsigned short *a = __rand48.a;
	uint64_t X = (uint64_t)x[2] << 32 | (uint64_t)x[1] << 16 | x[0];
	uint64_t A = (uint64_t)a[2] << 32 | (uint64_t)a[1] << 16 | a[0];

	X = (X * A + __rand48.c) & 0xffffffffffffULL;
	x[0] = (unsigned short)X;
	x[1] = (unsigned short)(X >> 16);
	x[2] = (unsigned short)(X >> 32);
	return X;
}
