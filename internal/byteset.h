/* A set of bytes as a 256-bit map, for strspn and friends: building it is
 * one pass over the set's string, each membership test is O(1), so the
 * functions are linear instead of O(length * set size). */
#ifndef _TASKRT_INTERNAL_BYTESET_H
#define _TASKRT_INTERNAL_BYTESET_H

#include <stddef.h>

#define BYTESET_BITS (8 * sizeof(size_t))

typedef struct {
	size_t bits[256 / BYTESET_BITS];
} byteset;

/* Put every byte of the string chars in the set (never the terminator). */
static inline void byteset_fill(byteset *set, const char *chars)
{
	const unsigned char *c = (const unsigned char *)chars;

	for (size_t i = 0; i < 256 / BYTESET_BITS; i++)
		set->bits[i] = 0;
	for (; *c; c++)
		set->bits[*c / BYTESET_BITS] |= (size_t)1 << (*c % BYTESET_BITS);
}

static inline int byteset_has(const byteset *set, unsigned char c)
{
	return (set->bits[c / BYTESET_BITS] >> (c % BYTESET_BITS)) & 1;
}

#endif
