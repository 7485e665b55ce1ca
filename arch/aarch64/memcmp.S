/* aarch64 memcmp: compare n bytes as unsigned chars.
 *
 *   int memcmp(const void *a, const void *b, size_t n)
 *
 * Registers (AAPCS64): x0 a, x1 b, x2 n; w0 the result.  Uses only
 * caller-saved registers: x3-x9.
 *
 *   x3, x4  a's and b's 8 bytes being compared (x5, x6 the next 8)
 *   x7      a + n, the end of a       x8  b + n
 *   x9      the xor of two unequal words, then a shift
 *
 * Contract: the result is a[i] - b[i] at the first i < n where they
 * differ (as unsigned chars), else 0: the value of arch/generic's C.
 * No byte outside [a, a+n) or [b, b+n) is read, any alignment (see
 * memcpy.S for why unaligned loads are fine).
 *
 *   n < 4       a byte at a time
 *   n < 8       the first 4 and the last 4 bytes (overlapping)
 *   n < 16      the first 8 and the last 8
 *   n >= 16     16 bytes a round (two 8-byte words a side, one ldp
 *               each) while more than 16 remain, then the last 16,
 *               overlapping what was found equal
 *
 * The first difference between two unequal little-endian words: their
 * xor, byte-reversed, has its leading set bit in the first differing
 * byte, so clz rounded down to a multiple of 8 is that byte's offset in
 * bits; shifting both words right by it brings the two bytes down.
 *
 * Rejected: comparing the byte-reversed words as numbers and returning
 * -1 or 1 (glibc's answer): the generic C and the x86_64 assembly return
 * the bytes' difference, and every arch should give the same value; q
 * registers with cmeq and a reduction: more instructions for a 16-byte
 * round than two ldp and two compares.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memcmp)
	add      x7, x0, x2          /* a's end */
	add      x8, x1, x2          /* b's end */
	cmp      x2, #16
	b.hs     .Lbig               /* n >= 16 */
	cmp      x2, #8
	b.lo     .Lunder8
	ldr      x3, [x0]            /* 8..15: the first 8 bytes */
	ldr      x4, [x1]
	cmp      x3, x4
	b.ne     .Ldiff
	ldr      x3, [x7, #-8]       /* and the last 8 (overlapping) */
	ldr      x4, [x8, #-8]
	cmp      x3, x4
	b.ne     .Ldiff
	mov      w0, #0              /* equal */
	ret
.Lunder8:
	cmp      x2, #4
	b.lo     .Lunder4
	ldr      w3, [x0]            /* 4..7: the first 4 (zero-extended) */
	ldr      w4, [x1]
	cmp      x3, x4
	b.ne     .Ldiff
	ldr      w3, [x7, #-4]       /* and the last 4 */
	ldr      w4, [x8, #-4]
	cmp      x3, x4
	b.ne     .Ldiff
	mov      w0, #0
	ret
.Lunder4:
	mov      w9, #0              /* 0 if n is 0 or all are equal */
	cbz      x2, .Lret
.Lbyte:
	ldrb     w3, [x0], #1        /* 1..3: a byte at a time */
	ldrb     w4, [x1], #1
	subs     w9, w3, w4          /* their difference */
	b.ne     .Lret               /* not 0: the answer */
	subs     x2, x2, #1
	b.ne     .Lbyte
.Lret:
	mov      w0, w9              /* (x0 was a's pointer until here) */
	ret
.Lbig:
	sub      x2, x2, #16         /* bytes beyond the last 16 */
.Lloop:
	cbz      x2, .Llast          /* only the last 16 are left */
	ldp      x3, x5, [x0], #16   /* a's next 16 bytes */
	ldp      x4, x6, [x1], #16   /* and b's */
	cmp      x3, x4
	b.ne     .Ldiff
	cmp      x5, x6
	b.ne     .Ldiff2
	subs     x2, x2, #16
	b.hi     .Lloop              /* more than the last 16 are left */
.Llast:
	ldp      x3, x5, [x7, #-16]  /* the 16 bytes ending at a + n: earlier */
	ldp      x4, x6, [x8, #-16]  /* ones were equal, so the first */
	cmp      x3, x4              /* difference here is the first of all */
	b.ne     .Ldiff
	cmp      x5, x6
	b.ne     .Ldiff2
	mov      w0, #0              /* all n equal */
	ret
.Ldiff2:
	mov      x3, x5              /* the second words differ */
	mov      x4, x6
.Ldiff:
	eor      x9, x3, x4          /* the bits that differ */
	rev      x9, x9              /* the first byte on top */
	clz      x9, x9              /* within the first differing byte */
	and      x9, x9, #~7         /* that byte's offset, in bits */
	lsr      x3, x3, x9          /* bring it down in both words */
	lsr      x4, x4, x9
	and      w3, w3, #0xff       /* as unsigned chars */
	and      w4, w4, #0xff
	sub      w0, w3, w4          /* a's minus b's */
	ret
	END(memcmp)
	NO_EXEC_STACK
