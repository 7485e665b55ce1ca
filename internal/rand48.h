/* The drand48 family's shared generator: X' = a * X + c mod 2^48, in
 * 16-bit pieces as POSIX lays them out (x[0] lowest). */
#ifndef _TASKRT_INTERNAL_RAND48_H
#define _TASKRT_INTERNAL_RAND48_H

#include <stdint.h>
#include "defs.h"

/* x[0..2]: the state drand48, lrand48 and mrand48 use; a[0..2] and c:
 * the multiplier and addend every member uses (lcong48 sets them). */
struct rand48 {
	unsigned short x[3], a[3], c;
};
hidden extern struct rand48 __rand48;

/* Step the 48-bit value in x and return the new one. */
hidden uint64_t __rand48_step(unsigned short x[3]);

#endif
