/* The binary128 long double exponentials, logarithms and trigonometric
 * functions (aarch64, riscv64; internal/ldbl_math.h): for now computed in
 * double, the special cases and domains checked in long double so that
 * none is lost by the conversion (asinl(1 + 2^-100) is NaN, powl(-2,
 * 0.5 + 2^-100) too).  The results therefore carry double's precision:
 * about 2^60 ulps of binary128 (docs/math.md has the measured errors),
 * and arguments beyond double's range overflow or underflow as double
 * does. */
#include "internal/math.h"

#if !LDBL_IS_DOUBLE && !defined(ARCH_X87)
#define V1(f) long double __##f##l(long double x) { return f((double)x); }
V1(exp) V1(exp2) V1(expm1) V1(log2) V1(log10) V1(log1p) V1(log) V1(sin) V1(cos) V1(tan)
V1(atan)

long double __atan2l(long double y, long double x)
{
	return atan2((double)y, (double)x);
}

long double __powl(long double x, long double y)
{
	if (x < 0 && isfinite(x) && isfinite(y) && truncl(y) != y)
		return __math_invalid(-1);
	return pow((double)x, (double)y);
}
#endif
