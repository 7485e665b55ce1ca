#include <strings.h>
#include "internal/defs.h"

/* ffs for a long long: the position (1 = least significant) of the lowest
 * set bit, 0 if none. */
weak int ffsll(long long x)
{
	return x ? __builtin_ctzll((unsigned long long)x) + 1 : 0;
}
