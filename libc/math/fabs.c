/* fabs: the magnitude, by clearing the sign bit (exact; NaNs keep their
 * payload, as IEEE 754 says of abs). */
#include "internal/math.h"
#include "internal/ldbl.h"

double fabs(double x)
{
	return asdouble(asuint64(x) & ~(1ULL << 63));
}

float fabsf(float x)
{
	return asfloat(asuint(x) & ~(1U << 31));
}

long double fabsl(long double x)
{
#if LDBL_IS_DOUBLE
	return fabs(x);
#else
	int sign, e;
	ldmant m;

	ld_unpack(x, &sign, &e, &m);
	return ld_pack(0, e, m);
#endif
}
