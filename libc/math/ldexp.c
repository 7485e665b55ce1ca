/* ldexp and scalbn: x * 2^n.  Multiplying by powers of two is exact
 * until the result leaves the normal range, where the one last
 * multiplication rounds once: large n are applied in steps that keep the
 * value normal (a subnormal result must not be rounded twice).  ERANGE when
 * the result overflows or underflows to zero, as glibc (both names). */
#include "internal/math.h"

#define SCALE(T, name, MAX_E, MIN_E, MANT, TWO_MAX, TWO_MIN_MANT, POW2, ROUND) \
static T name(T x, int n) \
{ \
	T r; \
	if (!isfinite(x) || x == 0) \
		return x + x; \
	if (n > MAX_E) { \
		x *= TWO_MAX; \
		n -= MAX_E; \
		if (n > MAX_E) { \
			x *= TWO_MAX; \
			n -= MAX_E; \
			if (n > MAX_E) \
				n = MAX_E; \
		} \
	} else if (n < MIN_E) { \
		x *= TWO_MIN_MANT; \
		n -= MIN_E + MANT; \
		if (n < MIN_E) { \
			x *= TWO_MIN_MANT; \
			n -= MIN_E + MANT; \
			if (n < MIN_E) \
				n = MIN_E; \
		} \
	} \
	r = ROUND(x * POW2(n)); \
	if (!isfinite(r) || r == 0) \
		errno = ERANGE; \
	return r; \
}

static inline double pow2(int n)   /* 2^n, -1022 <= n <= 1023 */
{
	return asdouble((uint64_t)(0x3ff + n) << 52);
}

SCALE(double, scalbn_d, 1023, -1022, 53, 0x1p1023, 0x1p-969, pow2, FP_ROUND)

double ldexp(double x, int n) { return scalbn_d(x, n); }
double scalbn(double x, int n) { return scalbn_d(x, n); }
float ldexpf(float x, int n) { return __math_narrow(scalbn_d(x, n)); }
float scalbnf(float x, int n) { return __math_narrow(scalbn_d(x, n)); }

#if LDBL_IS_DOUBLE
long double ldexpl(long double x, int n) { return scalbn_d(x, n); }
long double scalbnl(long double x, int n) { return scalbn_d(x, n); }
#else
#include "internal/ldbl.h"
static inline long double pow2l(int n)   /* 2^n, -16382 <= n <= 16383 */
{
	return ld_pack(0, LD_BIAS + n, LD_ONE);
}
SCALE(long double, scalbn_ld, 16383, -16382, LDBL_MANT_DIG, 0x1p16383L, 0x1p-16382L * (1.0L / LDBL_EPSILON) * 2, pow2l, )
long double ldexpl(long double x, int n) { return scalbn_ld(x, n); }
long double scalbnl(long double x, int n) { return scalbn_ld(x, n); }
#endif
