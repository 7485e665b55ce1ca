/* frexp: x = m * 2^e with 1/2 <= |m| < 1, from the exponent bits (exact;
 * 0, inf and NaN come back as they are, with e = 0). */
#include "internal/math.h"
#include "internal/ldbl.h"

double frexp(double x, int *e)
{
	uint64_t u = asuint64(x);
	int ex = dexp(x);

	*e = 0;
	if (ex == 0x7ff || x == 0)
		return x;
	if (ex == 0) {   /* subnormal: scale into the normal range first */
		x = frexp(x * 0x1p64, e);
		*e -= 64;
		return x;
	}
	*e = ex - 1022;
	return asdouble((u & ~(0x7ffULL << 52)) | 1022ULL << 52);
}

float frexpf(float x, int *e)
{
	return frexp(x, e);
}

long double frexpl(long double x, int *e)
{
#if LDBL_IS_DOUBLE
	return frexp(x, e);
#else
	int sign, ex;
	ldmant m;

	*e = 0;
	ld_unpack(x, &sign, &ex, &m);
	if (ex == LD_EMAX || x == 0)
		return x;
	if (ex == 0)   /* subnormal: normalize the significand */
		for (ex = 1; !(m >> (LD_MANT - 1)); ex--)
			m <<= 1;
	*e = ex - (LD_BIAS - 1);
	return ld_pack(sign, LD_BIAS - 1, m);
#endif
}
