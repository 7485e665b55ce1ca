/* aarch64 memset: fill n bytes with the byte c.
 *
 *   void *memset(void *dst, int c, size_t n)    returns dst
 *
 * Registers (AAPCS64): x0 dst (kept: it is the result), w1 c, x2 n.
 * Uses only caller-saved registers: x3, x5, x6, x8, v0.
 *
 *   v0  c in all 16 bytes (d0, and x6 from it, in all 8)
 *   x3  where the next round goes
 *   x2  n - 128, then less 128 a round: a round fits while it is >= 0
 *   x5  dst + n, the end
 *
 * Contract: writes exactly [dst, dst+n), any alignment (unaligned stores
 * are full speed with Linux's alignment checking off: see memcpy.S).
 *
 *   n < 16      two overlapping stores from both ends: 8 or 4 bytes, or
 *               for 1..3 the first, middle and last byte
 *   n <= 32     two 16-byte stores, first and last (overlapping)
 *   n <= 64     four: the first 32 and the last 32
 *   n > 64      128 bytes a round from the start while the round ends
 *               at most at dst + n, then 64 more if bytes remain before
 *               the last 64, then the last 64 (overlapping)
 *
 * Rejected: DC ZVA for large zero fills (glibc's; the block size must be
 * read from DCZID_EL0 and the start aligned to it: more code than the
 * rounds, for the one case of zeroing many KiB); 64-byte rounds (5
 * instructions each, against 6 for 128 bytes: 1.2-1.5x glibc from 4 KiB
 * on under qemu-aarch64); the C of arch/generic/
 * (a word at a time: 4-6x glibc from 4 KiB on under qemu-aarch64).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memset)
	dup      v0.16b, w1          /* c's low byte, 16 times */
	add      x5, x0, x2          /* the end */
	cmp      x2, #16
	b.lo     .Lsmall             /* n < 16 */
	cmp      x2, #32
	b.hi     .Lover32
	str      q0, [x0]            /* 16..32: the first 16 bytes */
	str      q0, [x5, #-16]      /* and the last 16 (overlapping) */
	ret
.Lover32:
	cmp      x2, #64
	b.hi     .Lover64
	stp      q0, q0, [x0]        /* 33..64: the first 32 */
	stp      q0, q0, [x5, #-32]  /* and the last 32 */
	ret
.Lover64:
	mov      x3, x0              /* x3: where the next round goes */
	subs     x2, x2, #128        /* x2: n - 128; a 128-byte round fits */
	b.mi     .Lhalf              /* while it is >= 0 */
.Lloop:
	stp      q0, q0, [x3, #32]   /* 128 bytes a round: the second 32, */
	stp      q0, q0, [x3, #64]   /* the third, */
	stp      q0, q0, [x3, #96]   /* the fourth, */
	stp      q0, q0, [x3], #128  /* the first, moving x3 on */
	subs     x2, x2, #128
	b.pl     .Lloop              /* another round fits */
.Lhalf:
	cmn      x2, #64             /* x2 + 64: bytes left before the last */
	b.le     .Llast              /* 64, at most 63; none: to the last */
	stp      q0, q0, [x3]        /* some: 64 from x3, which end before */
	stp      q0, q0, [x3, #32]   /* dst + n (x3 + 64 + what is left) */
.Llast:
	stp      q0, q0, [x5, #-64]  /* the last 64, overlapping what */
	stp      q0, q0, [x5, #-32]  /* came before */
	ret
.Lsmall:
	fmov     x6, d0              /* x6: c in all 8 bytes */
	cmp      x2, #8
	b.lo     .Lunder8
	str      x6, [x0]            /* 8..15: the first 8 and the last 8 */
	str      x6, [x5, #-8]
	ret
.Lunder8:
	cmp      x2, #4
	b.lo     .Lunder4
	str      w6, [x0]            /* 4..7: the first 4 and the last 4 */
	str      w6, [x5, #-4]
	ret
.Lunder4:
	cbz      x2, .Lret           /* n == 0: nothing */
	lsr      x8, x2, #1          /* 1..3: n / 2 is 0, 1, 1 */
	strb     w1, [x0]            /* the first byte, */
	strb     w1, [x0, x8]        /* the middle one (or the first again) */
	strb     w1, [x5, #-1]       /* and the last */
.Lret:
	ret
	END(memset)
	NO_EXEC_STACK
