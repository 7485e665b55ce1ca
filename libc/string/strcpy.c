#include <string.h>
#include "internal/defs.h"

char *strcpy(char *restrict d, const char *restrict s)
{
	__stpcpy(d, s);
	return d;
}
