/* modf: x's integer part (trunc, stored) and its fraction, exactly; the
 * fraction of +-inf is +-0, and both keep x's sign. */
#include "internal/math.h"

double modf(double x, double *ip)
{
	*ip = trunc(x);
	if (isinf(x))
		return copysign(0.0, x);
	return copysign(x - *ip, x);
}

float modff(float x, float *ip)
{
	*ip = truncf(x);
	if (isinf(x))
		return copysignf(0.0f, x);
	return copysignf(x - *ip, x);
}

long double modfl(long double x, long double *ip)
{
	*ip = truncl(x);
	if (isinf(x))
		return copysignl(0.0L, x);
	return copysignl(x - *ip, x);
}
