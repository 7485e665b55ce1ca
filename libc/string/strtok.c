#include <string.h>
#include "internal/defs.h"

/* strtok_r with one hidden, process-wide position: not thread-safe. */
char *strtok(char *restrict s, const char *restrict sep)
{
	static char *save;

	return __strtok_r(s, sep, &save);
}
