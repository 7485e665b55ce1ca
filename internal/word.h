/* Word-at-a-time helpers for the string functions.
 *
 * A "word" is a uintptr_t: 4 bytes on 32-bit arches, 8 on 64-bit ones.
 * Reading memory through it is allowed to alias any other type
 * (__may_alias__), the same trick memcpy.c uses.
 *
 * The classic zero-byte test: for every byte b of x, (b - 1) & ~b has its
 * top bit set exactly when b == 0 (a borrow can only turn a higher byte's
 * top bit on if a lower byte was zero, so "any zero byte?" stays exact,
 * although a 0x01 byte just above a zero one may be flagged too: callers
 * find the exact byte with a byte loop afterwards).
 */
#ifndef _TASKRT_INTERNAL_WORD_H
#define _TASKRT_INTERNAL_WORD_H

#include <stdint.h>

typedef uintptr_t __attribute__((__may_alias__)) word;

#define WORD_SIZE   sizeof(word)
#define WORD_ONES   ((word)-1 / 0xff)          /* 0x0101...01 */
#define WORD_HIGHS  (WORD_ONES * 0x80)         /* 0x8080...80 */

/* Non-zero when some byte of x is zero. */
#define WORD_HAS_ZERO(x) (((x) - WORD_ONES) & ~(x) & WORD_HIGHS)

/* The byte c copied into every byte of a word. */
#define WORD_REPEAT(c) (WORD_ONES * (unsigned char)(c))

/* Is the pointer p a multiple of the word size? */
#define WORD_ALIGNED(p) (((uintptr_t)(p) & (WORD_SIZE - 1)) == 0)

/* The word at p, at any alignment, through a word-sized copy: one load
 * where the arch allows unaligned ones, a few byte loads where it does
 * not.  __builtin_memcpy, because under -ffreestanding a plain memcpy
 * is a call. */
static inline word word_load(const void *p)
{
	word w;

	__builtin_memcpy(&w, p, WORD_SIZE);
	return w;
}

#endif
