#include <stdint.h>
#include <stdlib.h>

/* A 64-bit linear congruential generator (Knuth's MMIX constants) that
 * returns the top 31 bits of its state: the low bits of an LCG are poor
 * (bit 0 just alternates), the high ones are decent.  Not for
 * cryptography, and one sequence for the whole process (rand is not
 * required to be thread-safe).  The state starts as srand(1) leaves it. */
static uint64_t state = 1;

void srand(unsigned seed)
{
	state = seed;
}

int rand(void)
{
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (int)(state >> 33);      /* 0 .. RAND_MAX (2^31 - 1) */
}
