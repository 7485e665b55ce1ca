/* The rounding to an integer that floorl, ceill, truncl and roundl share
 * (internal/ldbl.h's formats): x's significand gets `inc` added (carrying
 * into the exponent when it overflows) and its fraction bits cleared.
 * The caller has handled |x| < 1 and the x that are integers already. */
#ifndef _TASKRT_INTERNAL_LDBL_ROUND_H
#define _TASKRT_INTERNAL_LDBL_ROUND_H

#include "internal/ldbl.h"

#if LDBL_MANT_DIG != DBL_MANT_DIG   /* else long double is double's */
static inline long double ld_round_frac(int sign, int e, ldmant m, int frac, ldmant inc)
{
	ldmant mask = ((ldmant)1 << frac) - 1;

	m += inc;
	if (m < inc || m >> (LD_MANT - 1) > 1) {
		/* Carried past the integer bit: the value is a power of two. */
		return ld_pack(sign, e + 1, LD_ONE);
	}
	return ld_pack(sign, e, m & ~mask);
}
#endif

#endif
