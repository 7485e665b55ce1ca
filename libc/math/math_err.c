/* The error returns of libc/math (internal/math.h): each makes its value
 * with a real floating-point operation, so that the exception flag C
 * promises (math_errhandling has MATH_ERREXCEPT) is raised, and sets errno
 * (MATH_ERRNO) as glibc does.  The volatile operands keep the compiler
 * from folding the operation away; FP_ROUND makes the x87's wider result
 * a double's (clang returns the register as it is). */
#include "internal/math.h"

double __math_invalid(double x)
{
	volatile double v = x;
	double r = (v - v) / (v - v);   /* NaN, FE_INVALID unless x is NaN */

	if (!isnan(x))
		errno = EDOM;
	return r;
}

double __math_divzero(int negative)
{
	volatile double zero = 0.0;

	errno = ERANGE;
	return (negative ? -1.0 : 1.0) / zero;
}

double __math_oflow(int negative)
{
	volatile double big = 0x1p1023;

	errno = ERANGE;
	return FP_ROUND((negative ? -big : big) * 0x1p1023);
}

double __math_uflow(int negative)
{
	volatile double tiny = 0x1p-1022;

	errno = ERANGE;
	return FP_ROUND((negative ? -tiny : tiny) * 0x1p-1022);
}

double __math_check_uflow(double r)
{
	if (r == 0)
		errno = ERANGE;
	return r;
}

float __math_narrow(double r)
{
	float f = (float)r;

	if (isinf(f) && !isinf(r))
		errno = ERANGE;
	else if (r != 0 && f == 0)
		errno = ERANGE;
	return f;
}
