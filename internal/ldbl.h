/* Bit access to long double, for its exact functions in libc/math/ (the
 * formats where it is not double): the x87's 80-bit extended format (64
 * significand bits, the integer bit explicit) and IEEE binary128 (113, the
 * integer bit implicit), both little-endian here.  A long double unpacks
 * into a sign, the biased exponent field E and the significand M with its
 * integer bit present, so that a finite x is
 *     (-1)^sign * M * 2^(max(E, 1) - LD_BIAS - (LD_MANT - 1))
 * and the functions are written once for both formats. */
#ifndef _TASKRT_INTERNAL_LDBL_H
#define _TASKRT_INTERNAL_LDBL_H

#include <float.h>
#include <stdint.h>

#define LD_BIAS   16383
#define LD_EMAX   0x7fff           /* the exponent field of inf and NaN */
#define LD_MANT   LDBL_MANT_DIG    /* significand bits, the integer bit too */

#if LDBL_MANT_DIG == 64
typedef uint64_t ldmant;
union ldshape { long double f; struct { uint64_t m; uint16_t se; } i; };

static inline void ld_unpack(long double x, int *sign, int *e, ldmant *m)
{
	union ldshape u = { x };
	*sign = u.i.se >> 15;
	*e = u.i.se & 0x7fff;
	*m = u.i.m;
}

static inline long double ld_pack(int sign, int e, ldmant m)
{
	union ldshape u;
	u.i.m = m;
	u.i.se = (uint16_t)(sign << 15 | e);
	return u.f;
}
#elif LDBL_MANT_DIG == 113
typedef unsigned __int128 ldmant;
union ldshape { long double f; struct { uint64_t lo, hi; } i; };
#define LD_FRAC_HI ((1ULL << 48) - 1)   /* the fraction's bits in hi */

static inline void ld_unpack(long double x, int *sign, int *e, ldmant *m)
{
	union ldshape u = { x };
	*sign = u.i.hi >> 63;
	*e = u.i.hi >> 48 & 0x7fff;
	*m = (ldmant)(u.i.hi & LD_FRAC_HI) << 64 | u.i.lo;
	if (*e)
		*m |= (ldmant)1 << 112;
}

static inline long double ld_pack(int sign, int e, ldmant m)
{
	union ldshape u;
	u.i.lo = (uint64_t)m;
	u.i.hi = (uint64_t)(m >> 64) & LD_FRAC_HI;
	u.i.hi |= (uint64_t)sign << 63 | (uint64_t)e << 48;
	return u.f;
}
#endif

#define LD_ONE ((ldmant)1 << (LD_MANT - 1))   /* the integer bit */

/* The number of bits of M below the binary point of a normal x with
 * exponent field e (<= 0: x is an integer). */
static inline int ld_frac_bits(int e)
{
	return LD_BIAS + LD_MANT - 1 - e;
}

#endif
