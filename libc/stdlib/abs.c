#include <stdlib.h>

/* Absolute values (abs(INT_MIN) overflows, as everywhere). */
int abs(int x)
{
	return x < 0 ? -x : x;
}

long labs(long x)
{
	return x < 0 ? -x : x;
}

long long llabs(long long x)
{
	return x < 0 ? -x : x;
}
