/* <math.h>: the C99/C11 mathematical functions in their double, float (f)
 * and long double (l) forms, the classification macros and constants.
 * Programs link them with -lm as usual, but they live in libtaskrt.a
 * itself (libm.a is empty); docs/math.md says how each is computed. */
#ifndef _MATH_H
#define _MATH_H

#include <features.h>

/* The evaluation types follow the compiler's FLT_EVAL_METHOD: x87 code
 * (i386) evaluates float and double in long double. */
#if __FLT_EVAL_METHOD__ == 2
typedef long double float_t;
typedef long double double_t;
#elif __FLT_EVAL_METHOD__ == 1
typedef double float_t;
typedef double double_t;
#else
typedef float float_t;
typedef double double_t;
#endif

#define HUGE_VAL  __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY  __builtin_inff()
#define NAN       __builtin_nanf("")

/* The classes fpclassify returns: glibc's values. */
#define FP_NAN       0
#define FP_INFINITE  1
#define FP_ZERO      2
#define FP_SUBNORMAL 3
#define FP_NORMAL    4

#define FP_ILOGB0   (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

/* Errors are reported both ways: errno (EDOM, ERANGE) and the
 * floating-point exception flags of <fenv.h>. */
#define MATH_ERRNO     1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x)      __builtin_isnan(x)
#define isinf(x)      __builtin_isinf_sign(x)
#define isfinite(x)   __builtin_isfinite(x)
#define isnormal(x)   __builtin_isnormal(x)
#define signbit(x)    __builtin_signbit(x)

#define isgreater(x, y)      __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y)         __builtin_isless(x, y)
#define islessequal(x, y)    __builtin_islessequal(x, y)
#define islessgreater(x, y)  __builtin_islessgreater(x, y)
#define isunordered(x, y)    __builtin_isunordered(x, y)

#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_XOPEN_SOURCE) || defined(_BSD_SOURCE) \
    || !defined(__STRICT_ANSI__)
/* The classic constants, as glibc shows them (not in strict ISO C). */
#define M_E        2.7182818284590452354   /* e */
#define M_LOG2E    1.4426950408889634074   /* log2(e) */
#define M_LOG10E   0.43429448190325182765  /* log10(e) */
#define M_LN2      0.69314718055994530942  /* ln(2) */
#define M_LN10     2.30258509299404568402  /* ln(10) */
#define M_PI       3.14159265358979323846  /* pi */
#define M_PI_2     1.57079632679489661923  /* pi/2 */
#define M_PI_4     0.78539816339744830962  /* pi/4 */
#define M_1_PI     0.31830988618379067154  /* 1/pi */
#define M_2_PI     0.63661977236758134308  /* 2/pi */
#define M_2_SQRTPI 1.12837916709551257390  /* 2/sqrt(pi) */
#define M_SQRT2    1.41421356237309504880  /* sqrt(2) */
#define M_SQRT1_2  0.70710678118654752440  /* 1/sqrt(2) */
#endif
#ifdef _GNU_SOURCE
#define M_El        2.718281828459045235360287471352662498L
#define M_LOG2El    1.442695040888963407359924681001892137L
#define M_LOG10El   0.434294481903251827651128918916605082L
#define M_LN2l      0.693147180559945309417232121458176568L
#define M_LN10l     2.302585092994045684017991454684364208L
#define M_PIl       3.141592653589793238462643383279502884L
#define M_PI_2l     1.570796326794896619231321691639751442L
#define M_PI_4l     0.785398163397448309615660845819875721L
#define M_1_PIl     0.318309886183790671537767526745028724L
#define M_2_PIl     0.636619772367581343075535053490057448L
#define M_2_SQRTPIl 1.128379167095512573896158903121545172L
#define M_SQRT2l    1.414213562373095048801688724209698079L
#define M_SQRT1_2l  0.707106781186547524400844362104849039L
#endif

/* One line per family: double, float, long double. */
#define __TASKRT_MATH1(name) \
	double name(double x); float name##f(float x); long double name##l(long double x);
#define __TASKRT_MATH2(name) \
	double name(double x, double y); float name##f(float x, float y); \
	long double name##l(long double x, long double y);

__TASKRT_MATH1(fabs)
__TASKRT_MATH1(floor)
__TASKRT_MATH1(ceil)
__TASKRT_MATH1(trunc)
__TASKRT_MATH1(round)
__TASKRT_MATH1(rint)
__TASKRT_MATH1(nearbyint)
__TASKRT_MATH1(sqrt)
__TASKRT_MATH1(cbrt)
__TASKRT_MATH1(exp)
__TASKRT_MATH1(exp2)
__TASKRT_MATH1(expm1)
__TASKRT_MATH1(log)
__TASKRT_MATH1(log2)
__TASKRT_MATH1(log10)
__TASKRT_MATH1(log1p)
__TASKRT_MATH1(sin)
__TASKRT_MATH1(cos)
__TASKRT_MATH1(tan)
__TASKRT_MATH1(asin)
__TASKRT_MATH1(acos)
__TASKRT_MATH1(atan)
__TASKRT_MATH1(sinh)
__TASKRT_MATH1(cosh)
__TASKRT_MATH1(tanh)
__TASKRT_MATH2(fmod)
__TASKRT_MATH2(remainder)
__TASKRT_MATH2(hypot)
__TASKRT_MATH2(pow)
__TASKRT_MATH2(atan2)
__TASKRT_MATH2(copysign)
__TASKRT_MATH2(fmin)
__TASKRT_MATH2(fmax)
__TASKRT_MATH2(fdim)

long lround(double x);
long lroundf(float x);
long lroundl(long double x);
long long llround(double x);
long long llroundf(float x);
long long llroundl(long double x);
long lrint(double x);
long lrintf(float x);
long lrintl(long double x);
long long llrint(double x);
long long llrintf(float x);
long long llrintl(long double x);

double frexp(double x, int *exp);
float frexpf(float x, int *exp);
long double frexpl(long double x, int *exp);
double ldexp(double x, int exp);
float ldexpf(float x, int exp);
long double ldexpl(long double x, int exp);
double scalbn(double x, int exp);
float scalbnf(float x, int exp);
long double scalbnl(long double x, int exp);
double modf(double x, double *ipart);
float modff(float x, float *ipart);
long double modfl(long double x, long double *ipart);
double fma(double x, double y, double z);
float fmaf(float x, float y, float z);
long double fmal(long double x, long double y, long double z);
double nan(const char *tag);
float nanf(const char *tag);
long double nanl(const char *tag);

#undef __TASKRT_MATH1
#undef __TASKRT_MATH2

#endif
