/* The long double functions of libc/math where long double is wider
 * than double (x87 extended, binary128): declared here, defined in
 * libc/math/ldbl_*.c. */
#ifndef _TASKRT_INTERNAL_LDBL_MATH_H
#define _TASKRT_INTERNAL_LDBL_MATH_H

#include "internal/defs.h"

hidden long double __expl(long double x);
hidden long double __exp2l(long double x);
hidden long double __expm1l(long double x);
hidden long double __logl(long double x);
hidden long double __log2l(long double x);
hidden long double __log10l(long double x);
hidden long double __log1pl(long double x);
hidden long double __powl(long double x, long double y);
hidden long double __sinl(long double x);
hidden long double __cosl(long double x);
hidden long double __tanl(long double x);
hidden long double __asinl(long double x);
hidden long double __acosl(long double x);
hidden long double __atanl(long double x);
hidden long double __atan2l(long double y, long double x);
hidden long double __sinhl(long double x);
hidden long double __coshl(long double x);
hidden long double __tanhl(long double x);
hidden long double __cbrtl(long double x);
hidden long double __hypotl(long double x, long double y);
/* x = n pi/2 + r, |r| <= pi/4, to about 2^-100; returns n mod 4. */
hidden int __ld_rem_pio2(long double x, long double *r);

#endif
