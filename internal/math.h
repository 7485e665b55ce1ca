/* The math library's shared parts (libc/math/): bit access, the
 * double-double arithmetic the accurate functions are built on, and the
 * error reporting of <math.h> (errno and the exception flags, as glibc).
 *
 * A double-double (dd) is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2:
 * about 106 bits.  two_sum and two_prod are exact: their lo is the rounding
 * error of the one operation.  They need each double operation rounded to
 * double (FP_ROUND, for the x87) and no contraction into fused
 * multiply-adds behind their back (libc/math is built with
 * -ffp-contract=off). */
#ifndef _TASKRT_INTERNAL_MATH_H
#define _TASKRT_INTERNAL_MATH_H

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include "internal/defs.h"
#include <arch/fp.h>

static inline uint64_t asuint64(double x) { union { double f; uint64_t i; } u = { x }; return u.i; }
static inline double asdouble(uint64_t i) { union { uint64_t i; double f; } u = { i }; return u.f; }
static inline uint32_t asuint(float x) { union { float f; uint32_t i; } u = { x }; return u.i; }
static inline float asfloat(uint32_t i) { union { uint32_t i; float f; } u = { i }; return u.f; }

/* The biased exponent field of a double. */
static inline int dexp(double x) { return asuint64(x) >> 52 & 0x7ff; }

typedef struct { double hi, lo; } dd;

/* a + b exactly, for any a and b (Knuth). */
static inline dd two_sum(double a, double b)
{
	double s = FP_ROUND(a + b);
	double bv = FP_ROUND(s - a);
	double av = FP_ROUND(s - bv);
	return (dd){ s, (a - av) + (b - bv) };
}

/* a + b exactly, when |a| >= |b| or a is 0 (Dekker). */
static inline dd fast_two_sum(double a, double b)
{
	double s = FP_ROUND(a + b);
	return (dd){ s, b - FP_ROUND(s - a) };
}

/* a * b exactly (barring underflow; |a|, |b| < 2^995 where there is no
 * fused multiply-add): with one, its rounding error directly; else
 * Dekker's product of halves split at 27 bits. */
static inline dd two_prod(double a, double b)
{
	double p = FP_ROUND(a * b);
#ifdef ARCH_FMA
	return (dd){ p, ARCH_FMA(a, b, -p) };
#else
	double ca = FP_ROUND(134217729.0 * a), cb = FP_ROUND(134217729.0 * b);
	double ah = FP_ROUND(ca - FP_ROUND(ca - a)), al = a - ah;
	double bh = FP_ROUND(cb - FP_ROUND(cb - b)), bl = b - bh;
	return (dd){ p, ((FP_ROUND(ah * bh - p) + ah * bl) + al * bh) + al * bl };
#endif
}

static inline dd dd_add(dd a, dd b)
{
	dd s = two_sum(a.hi, b.hi);
	return fast_two_sum(s.hi, s.lo + a.lo + b.lo);
}

static inline dd dd_add_d(dd a, double b)
{
	dd s = two_sum(a.hi, b);
	return fast_two_sum(s.hi, s.lo + a.lo);
}

static inline dd dd_mul(dd a, dd b)
{
	dd p = two_prod(a.hi, b.hi);
	return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

static inline dd dd_mul_d(dd a, double b)
{
	dd p = two_prod(a.hi, b);
	return fast_two_sum(p.hi, p.lo + a.lo * b);
}

static inline dd dd_neg(dd a)
{
	return (dd){ -a.hi, -a.lo };
}

/* The angle of (x, y), both >= 0 as double-doubles, in [0, pi/2]:
 * atan(y/x) from the core, through pi/2 - atan(x/y) where y > x. */
#define dd_angle(y, x) ((y).hi <= (x).hi ? __atan_dd(dd_div(y, x)) \
	: dd_add((dd){ PI_2_HI, PI_2_LO }, dd_neg(__atan_dd(dd_div(x, y)))))

/* a / b, b != 0. */
static inline dd dd_div(dd a, dd b)
{
	double q = FP_ROUND(a.hi / b.hi);
	dd p = two_prod(q, b.hi);
	double r = ((a.hi - p.hi) - p.lo + a.lo - q * b.lo) / b.hi;
	return fast_two_sum(q, r);
}

/* sqrt(a), a.hi > 0 normal. */
static inline dd dd_sqrt(dd a)
{
	double s = sqrt(a.hi);
	dd p = two_prod(s, s);
	return fast_two_sum(s, ((a.hi - p.hi) - p.lo + a.lo) / (2 * s));
}

/* Constants as double-doubles (python3 libc/math/tables.py consts). */
#define LN2_HI 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56
#define LOG2E_HI 0x1.71547652b82fep+0
#define LOG2E_LO 0x1.777d0ffda0d24p-56
#define LOG10E_HI 0x1.bcb7b1526e50ep-2
#define LOG10E_LO 0x1.95355baaafad3p-57
#define LOG10_2_HI 0x1.34413509f79ffp-2
#define LOG10_2_LO -0x1.9dc1da994fd21p-59
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PI_2_HI 0x1.921fb54442d18p+0
#define PI_2_LO 0x1.1a62633145c07p-54

/* The shared cores, each accurate to about 2^-68 relative (libc/math/). */
/* exp(hi + lo) = 2^*k * result, |hi + lo| < 746; result in [0.7, 1.42]. */
hidden dd __exp_dd(double hi, double lo, int *k);
/* (v.hi + v.lo) * 2^k, rounded once (subnormal results too). */
hidden double __exp_scale(dd v, int k);
/* expm1 of x, |x| <= 0.35 or beyond: exp(x) - 1 as a dd. */
hidden dd __expm1_dd(double x);
/* log(x), x positive and finite (subnormals too). */
hidden dd __log_dd(double x);
/* atan(u) for u = hi + lo in [0, 1]. */
hidden dd __atan_dd(dd u);
/* x reduced by pi/2: x = n*pi/2 + r, |r| <= pi/4 (about), r as a dd;
 * returns n mod 4. */
hidden int __rem_pio2(double x, dd *r);
/* sin and cos of r, |r| <= pi/4 + a little, as dds. */
hidden dd __sin_dd(dd r);
hidden dd __cos_dd(dd r);

/* Error returns, as glibc gives them: the value, the exception flag raised
 * by a real operation, and errno. */
hidden double __math_invalid(double x);      /* NaN, EDOM unless x is NaN */
hidden double __math_divzero(int negative);  /* +-inf, FE_DIVBYZERO, ERANGE */
hidden double __math_oflow(int negative);    /* +-inf, FE_OVERFLOW, ERANGE */
hidden double __math_uflow(int negative);    /* +-0, FE_UNDERFLOW, ERANGE */
/* r, a finite double result of a nonzero exact value: ERANGE if it
 * underflowed to zero (glibc leaves errno alone for a subnormal). */
hidden double __math_check_uflow(double r);
/* r, a double result of a float function, as a float: ERANGE where the
 * rounding to float overflows or underflows to zero. */
hidden float __math_narrow(double r);

/* The conversions: LONG_MIN and LLONG_MIN are exact in every format, and
 * minus twice each is the first value that does not fit.  Out of range
 * (NaN included) raises FE_INVALID and gives the minimum, as x86's
 * conversion instruction does. */
static inline double invalid_op(void)
{
	volatile double zero = 0.0;
	return zero / zero;   /* FE_INVALID */
}

/* A conversion to an integer type, for lround and lrint. */
#define TO_INT(name, T, F, MIN) \
	static T name(F r) \
	{ \
		if (r >= (F)MIN && r < -2 * (F)MIN) \
			return (T)r; \
		invalid_op(); \
		return MIN; \
	}

/* Long double: 53-bit formats forward to double; others (x87 and binary128)
 * have their own code (internal/ldbl_math.h). */
#define LDBL_IS_DOUBLE (LDBL_MANT_DIG == DBL_MANT_DIG)
#if !LDBL_IS_DOUBLE
#include "internal/ldbl_math.h"
#endif

#endif
