/* nan: a quiet NaN (the tag's payload is not kept: glibc's is, but no
 * program can tell but by its bits). */
#include "internal/math.h"

double nan(const char *tag)
{
	(void)tag;
	return __builtin_nan("");
}

float nanf(const char *tag)
{
	(void)tag;
	return __builtin_nanf("");
}

long double nanl(const char *tag)
{
	(void)tag;
	return __builtin_nanl("");
}
