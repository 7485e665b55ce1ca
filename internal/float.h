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
 * Each is a number of f->size bytes, stored in the machine's byte order
 * (the compiler's __BYTE_ORDER__: little-endian but for s390x's
 * big-endian); fp_load and fp_store turn its bytes into 32-bit words and
 * back, w[0] the least significant, so that the code that takes the bits
 * apart sees the same words on every arch.  (The compiler's <float.h>
 * tells the formats apart: that is a fact of the type, like sizeof(long),
 * not an arch test.) */
#ifndef _TASKRT_INTERNAL_FLOAT_H
#define _TASKRT_INTERNAL_FLOAT_H

#include <float.h>
#include <stdint.h>
#include "defs.h"

/* w[0..] (zeroed by the caller) = the n bytes at val, as a number.
 * Little-endian: a byte copy (no memcpy: printf's formatter calls none). */
static inline void fp_load(uint32_t *w, const void *val, unsigned n)
{
	const unsigned char *b = val;

	for (unsigned i = 0; i < n; i++)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		((unsigned char *)w)[i] = b[i];
#else
		w[(n - 1 - i) / 4] |= (uint32_t)b[i] << (n - 1 - i) % 4 * 8;
#endif
}

/* The n bytes at val = the number in w[0..].  Little-endian: a copy. */
static inline void fp_store(void *val, const uint32_t *w, unsigned n)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	__builtin_memcpy(val, w, n);
#else
	unsigned char *b = val;

	for (unsigned i = 0; i < n; i++)
		b[i] = (unsigned char)(w[(n - 1 - i) / 4] >> (n - 1 - i) % 4 * 8);
#endif
}

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
