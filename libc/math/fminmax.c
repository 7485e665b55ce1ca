/* fmin, fmax: a quiet NaN argument loses to a number (a signaling one
 * gives NaN, as glibc); -0 counts as below +0.  fdim: x - y where
 * positive, else +0 (ERANGE on overflow, as glibc). */
#include "internal/math.h"
#include "internal/ldbl.h"
#include <arch/arch.h>

/* Whether x is a signaling NaN: its quiet bit (the fraction's top) clear,
 * or set where NaNs are MIPS' legacy ones (ARCH_NAN_LEGACY). */
#ifdef ARCH_NAN_LEGACY
#define SNAN_TOP 1
#else
#define SNAN_TOP 0
#endif
static int snan_d(double x) { return isnan(x) && (asuint64(x) >> 51 & 1) == SNAN_TOP; }
static int snan_f(float x) { return isnan(x) && (asuint(x) >> 22 & 1) == SNAN_TOP; }
#if LDBL_IS_DOUBLE
#define snan_l(x) snan_d(x)
#else
static int snan_l(long double x)
{
	int sign, e;
	ldmant m;

	ld_unpack(x, &sign, &e, &m);
	return isnan(x) && (int)(m >> (LD_MANT - 2) & 1) == SNAN_TOP;
}
#endif

#define MINMAX(T, suffix, snan) \
T fmin##suffix(T x, T y) \
{ \
	if (snan(x) || snan(y)) \
		return x + y; \
	if (isnan(x)) \
		return y; \
	if (isnan(y)) \
		return x; \
	if (x == y) \
		return signbit(x) ? x : y; \
	return x < y ? x : y; \
} \
T fmax##suffix(T x, T y) \
{ \
	if (snan(x) || snan(y)) \
		return x + y; \
	if (isnan(x)) \
		return y; \
	if (isnan(y)) \
		return x; \
	if (x == y) \
		return signbit(x) ? y : x; \
	return x > y ? x : y; \
} \
T fdim##suffix(T x, T y) \
{ \
	T r; \
	if (isnan(x) || isnan(y)) \
		return x + y; \
	if (!(x > y)) \
		return 0; \
	r = x - y; \
	if (isinf(r) && !isinf(x) && !isinf(y)) \
		errno = ERANGE; \
	return r; \
}

MINMAX(double, , snan_d)
MINMAX(float, f, snan_f)
MINMAX(long double, l, snan_l)
