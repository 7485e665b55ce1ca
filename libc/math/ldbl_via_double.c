/* PLACEHOLDER */
#include "internal/math.h"
#if !LDBL_IS_DOUBLE
#define V1(f) long double __##f##l(long double x) { return f((double)x); }
#define V2(f) long double __##f##l(long double x, long double y) { return f((double)x, (double)y); }
V1(exp) V1(exp2) V1(expm1) V1(log) V1(log2) V1(log10) V1(log1p) V2(pow) V1(sin) V1(cos) V1(tan)
V1(asin) V1(acos) V1(atan) V2(atan2) V1(sinh) V1(cosh) V1(tanh) V1(cbrt) V2(hypot)
#endif
