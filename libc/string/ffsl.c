#include <strings.h>
#include "internal/defs.h"

/* ffs for a long: the position (1 = least significant) of the lowest set
 * bit, 0 if none. */
weak int ffsl(long x)
{
	return x ? __builtin_ctzl((unsigned long)x) + 1 : 0;
}
