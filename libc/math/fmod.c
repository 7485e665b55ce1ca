/* fmod: x - n*y with n = trunc(x/y), exactly (the result is always
 * representable).  Long division on the significands: align y under x and
 * subtract it wherever it fits, one exponent step at a time (at most 2098
 * steps for double, 32768 for long double). */
#include "internal/math.h"
#include "internal/ldbl.h"

double fmod(double x, double y)
{
	uint64_t ux = asuint64(x), uy = asuint64(y), mx, my, sign = ux & 1ULL << 63;
	int ex = dexp(x), ey = dexp(y);

	if (isnan(x) || isnan(y))
		return x + y;
	if (ex == 0x7ff || y == 0)
		return __math_invalid(x);   /* fmod(inf, y), fmod(x, 0): EDOM */
	if ((ux << 1) <= (uy << 1))
		return (ux << 1) == (uy << 1) ? asdouble(sign) : x;   /* |x| <= |y| */

	/* Significands with the integer bit at bit 52, exponents to match. */
	mx = ux & 0x000fffffffffffffULL;
	my = uy & 0x000fffffffffffffULL;
	if (ex == 0)
		for (ex = 1; !(mx >> 52); ex--)
			mx <<= 1;
	else
		mx |= 1ULL << 52;
	if (ey == 0)
		for (ey = 1; !(my >> 52); ey--)
			my <<= 1;
	else
		my |= 1ULL << 52;

	for (; ex > ey; ex--) {
		if (mx >= my)
			mx -= my;
		mx <<= 1;
	}
	if (mx >= my)
		mx -= my;
	if (mx == 0)
		return asdouble(sign);

	for (; !(mx >> 52); ex--)
		mx <<= 1;
	if (ex <= 0) {   /* subnormal: exact, since |result| < |y| */
		mx >>= 1 - ex;
		ex = 0;
	}
	return asdouble(sign | (uint64_t)ex << 52 | (mx & 0x000fffffffffffffULL));
}

float fmodf(float x, float y)
{
	return fmod(x, y);
}

long double fmodl(long double x, long double y)
{
#if LDBL_IS_DOUBLE
	return fmod(x, y);
#else
	int sx, sy, ex, ey;
	ldmant mx, my;

	if (isnan(x) || isnan(y))
		return x + y;
	ld_unpack(x, &sx, &ex, &mx);
	ld_unpack(y, &sy, &ey, &my);
	if (ex == LD_EMAX || y == 0)
		return __math_invalid((double)x);
	if (fabsl(x) <= fabsl(y))
		return fabsl(x) == fabsl(y) ? ld_pack(sx, 0, 0) : x;

	if (ex == 0)
		for (ex = 1; !(mx >> (LD_MANT - 1)); ex--)
			mx <<= 1;
	if (ey == 0)
		for (ey = 1; !(my >> (LD_MANT - 1)); ey--)
			my <<= 1;
	/* mx = 2*mx mod my each step, with mx < my kept so that nothing
	 * overflows (the x87's significand fills its 64-bit word). */
	if (mx >= my)
		mx -= my;
	for (; ex > ey; ex--)
		mx = mx >= my - mx ? mx - (my - mx) : mx + mx;
	if (mx == 0)
		return ld_pack(sx, 0, 0);
	for (; !(mx >> (LD_MANT - 1)); ex--)
		mx <<= 1;
	if (ex <= 0) {
		mx >>= 1 - ex;
		ex = 0;
	}
	return ld_pack(sx, ex, mx);
#endif
}
