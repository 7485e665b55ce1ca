#include <string.h>
#include "internal/defs.h"

/* The last c in s: search backwards from the terminator, which is
 * included so that strrchr(s, 0) finds it. */
char *strrchr(const char *s, int c)
{
	return __memrchr(s, c, strlen(s) + 1);
}
