/* Binary floating-point formats described by numbers, shared by strtod
 * and printf: both take a value apart (or put it together) by its bits,
 * with integer arithmetic only, so that neither ever does long double
 * arithmetic (on aarch64 and riscv64 that is IEEE quad in software, from
 * libgcc).
 *
 * Every format here is "sign, biased exponent, significand":
 *
 *   float        24-bit significand, 8-bit exponent,  hidden integer bit
 *   double       53-bit significand, 11-bit exponent, hidden integer bit
 *   long double  whatever <float.h> says: the x87 80-bit format (64-bit
 *                significand with an explicit integer bit, 15-bit exponent)
 *                on x86_64 and i386, IEEE quad (113 bits, hidden bit) on
 *                aarch64 and riscv64, double itself on arm
 *
 * All of them are stored little-endian: the significand's low word first,
 * the sign and exponent in the top bits.  (The compiler's <float.h> tells
 * the formats apart: that is a fact of the type, like sizeof(long), not an
 * arch test.) */
#ifndef _TASKRT_INTERNAL_FLOAT_H
#define _TASKRT_INTERNAL_FLOAT_H

#include <float.h>
#include <stdint.h>
#include "defs.h"

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
	       "the formats are read as little-endian words");

struct fp_format {
	short mant;     /* bits of the significand, integer bit included: P */
	short emin;     /* exponent of the smallest normal: 2^emin */
	short emax;     /* exponent of the largest finite: < 2^(emax + 1) */
	char explicit;  /* 1: the integer bit is stored (x87), 0: hidden */
	char size;      /* bytes of the value that carry bits */
};

/* The format of a type whose <float.h> prefix is T (FLT, DBL, LDBL).  Only
 * the x87 format has a 64-bit significand, and only it stores the
 * integer bit; its 10 bytes sit in a 12- or 16-byte type. */
#define FP_FORMAT(T) { T##_MANT_DIG, T##_MIN_EXP - 1, T##_MAX_EXP - 1, \
		       T##_MANT_DIG == 64, T##_MANT_DIG == 64 ? 10 : sizeof(T##_TYPE) }
#define FLT_TYPE  float
#define DBL_TYPE  double
#define LDBL_TYPE long double

/* Bits of the biased exponent: 8, 11 or 15 (emax + 1 is a power of two). */
#define FP_EXPBITS(f) (__builtin_ctz((f)->emax + 1) + 1)

#endif
