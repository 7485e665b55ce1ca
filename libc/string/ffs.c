#include <strings.h>
#include "internal/defs.h"

/* The position (1 = least significant) of the lowest set bit, 0 if none. */
weak int ffs(int x)
{
	return x ? __builtin_ctz((unsigned)x) + 1 : 0;
}
