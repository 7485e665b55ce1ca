/* sin and cos of a reduced argument r = hi + lo, |r| <= pi/4 (a hair
 * more), as double-doubles accurate to about 2^-57 relative
 * (internal/math.h), from their Taylor series: to r^19 for sin and r^18
 * for cos (the next terms are below 2^-58).  cos's 1 - r^2/2 is formed
 * exactly, since it is most of the result. */
#include "internal/math.h"

dd __sin_dd(dd r)
{
	double x = r.hi, z = x * x;
	double s = z * (-1.0 / 6 + z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880
		+ z * (-1.0 / 39916800 + z * (1.0 / 6227020800.0 + z * (-1.0 / 1307674368000.0
		+ z * (1.0 / 355687428096000.0 + z * (-1.0 / 121645100408832000.0)))))))));

	/* sin(x + lo) = sin x + lo cos x, and cos x = 1 - z/2 to lo's precision */
	return fast_two_sum(x, x * s + r.lo * (1 - 0.5 * z));
}

dd __cos_dd(dd r)
{
	dd z = two_prod(r.hi, r.hi);
	double hz = 0.5 * z.hi, w = 1 - hz, zh = z.hi;
	double c = zh * zh * (1.0 / 24 + zh * (-1.0 / 720 + zh * (1.0 / 40320 + zh * (-1.0 / 3628800
		+ zh * (1.0 / 479001600 + zh * (-1.0 / 87178291200.0 + zh * (1.0 / 20922789888000.0
		+ zh * (-1.0 / 6402373705728000.0))))))));

	/* w = 1 - hz rounded; (1 - w) - hz is its exact error */
	return fast_two_sum(w, ((1 - w) - hz) + (c - 0.5 * z.lo - r.hi * r.lo));
}
