/* aarch64 strlen: the number of bytes before s's terminating NUL.
 *
 *   size_t strlen(const char *s)
 *
 * Registers (AAPCS64): x0 s, then the result.  Uses only caller-saved
 * registers: x1-x9.
 *
 *   x1   the aligned 16-byte block being looked at
 *   x2, x3  its two 8-byte words (the first 8 bytes, the last 8)
 *   x4   s's offset in its block, in bits (8 per byte)
 *   x5   -1 shifted past the bits before s in its word
 *   x6, x7  the two words' syndromes
 *   x8   0x0101010101010101          x9  scratch
 *
 * Contract: every load is a 16-byte block aligned to 16, so it never
 * crosses a page (4, 16 or 64 KiB, all multiples of 16), and each block
 * holds a byte the search must see: the first is the one holding s, whose
 * bytes before s are in the same page; the rest follow it until the
 * block holding the NUL.  Any alignment of s.
 *
 * A word's zero syndrome: (x - 0x01..01) & ~x & 0x80..80, a byte's top
 * bit for each zero byte.  A borrow can flag a byte above a zero one, never
 * one below, so the lowest flagged byte is the first zero.  Little-endian
 * words hold the earlier bytes low: reversed, the syndrome's leading zeros
 * are 8 times the first zero's index.
 *
 * The first block's bytes before s must not stop the search: they are set
 * to 0xff by OR-ing in a mask of the low 8 * offset bits (of the first
 * word, or of all of it and the second word's low bits, offset >= 8).
 *
 * Rejected: an 8-byte loop (the C of arch/generic/, bytes until s is
 * aligned: 1.26-2.25x glibc under qemu-aarch64, 16 B misaligned the
 * worst); q registers with cmeq and a reduction (see strcmp.S); a 32-byte
 * round of two ldp, which needs a page test each round or a 32-byte
 * alignment step first.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strlen)
	mov      x8, #0x0101010101010101
	bic      x1, x0, #15         /* x1: the aligned block holding s */
	ldp      x2, x3, [x1]        /* its two words */
	ubfiz    x4, x0, #3, #4      /* s's offset in the block, times 8 */
	mov      x5, #-1
	lsl      x5, x5, x4          /* -1 << (bits mod 64): ~x5 are the */
	                             /* bits before s in its word */
	tst      x4, #64             /* s in the second word? */
	orn      x9, x2, x5          /* first word, bytes before s: 0xff */
	csinv    x2, x9, xzr, eq     /* (all of it when s is in the second) */
	orn      x9, x3, x5          /* second word, bytes before s: 0xff */
	csel     x3, x3, x9, eq      /* (only when s is in the second) */
	b        .Ltest
.Lblocks:
	ldp      x2, x3, [x1, #16]!  /* the next block: x1 moves to it */
.Ltest:
	sub      x6, x2, x8          /* each word's x - 0x01..01 */
	sub      x7, x3, x8
	bic      x6, x6, x2          /* ... & ~x */
	bic      x7, x7, x3
	orr      x9, x6, x7          /* either word's */
	tst      x9, #0x8080808080808080 /* ... & 0x80..80: a zero byte? */
	b.eq     .Lblocks            /* none in this block */
	ands     x6, x6, #0x8080808080808080 /* the first word's syndrome */
	b.ne     .Lfound             /* the NUL is in the first word */
	and      x6, x7, #0x8080808080808080 /* else in the second */
	add      x1, x1, #8          /* whose bytes start 8 on */
.Lfound:
	rev      x6, x6              /* the first byte on top */
	clz      x6, x6              /* 8 times the NUL's index in the word */
	add      x1, x1, x6, lsr #3  /* the NUL's address */
	sub      x0, x1, x0          /* its distance from s */
	ret
	END(strlen)
	NO_EXEC_STACK
