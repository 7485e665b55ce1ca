/* remainder: x - n*y with n the integer nearest x/y (ties to even), exact.
 * fmod by 2y first leaves |x| < 2|y|; then at most two subtractions of |y|,
 * each exact (Sterbenz), bring it within |y|/2. */
#include "internal/math.h"

#define REMAINDER(T, name, fmodname, fabsname, MIN, MAX) \
T name(T x, T y) \
{ \
	T ax, ay; \
	int negative = signbit(x); \
	if (isnan(x) || isnan(y)) \
		return x + y; \
	if (isinf(x) || y == 0) \
		return __math_invalid((double)x); \
	ay = fabsname(y); \
	if (ay <= MAX / 2) \
		x = fmodname(x, ay + ay); \
	ax = fabsname(x); \
	if (ay < 2 * MIN) { \
		if (ax + ax > ay) { \
			ax -= ay; \
			if (ax + ax >= ay) \
				ax -= ay; \
		} \
	} else { \
		T half = ay / 2; \
		if (ax > half) { \
			ax -= ay; \
			if (ax >= half) \
				ax -= ay; \
		} \
	} \
	return negative ? -ax : ax; \
}

REMAINDER(double, remainder, fmod, fabs, DBL_MIN, DBL_MAX)

float remainderf(float x, float y)
{
	return remainder(x, y);
}

#if LDBL_IS_DOUBLE
long double remainderl(long double x, long double y)
{
	return remainder(x, y);
}
#else
REMAINDER(long double, remainderl, fmodl, fabsl, LDBL_MIN, LDBL_MAX)
#endif
