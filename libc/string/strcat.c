#include <string.h>
#include "internal/defs.h"

/* Append s to the string at d. */
char *strcat(char *restrict d, const char *restrict s)
{
	__stpcpy(d + strlen(d), s);
	return d;
}
