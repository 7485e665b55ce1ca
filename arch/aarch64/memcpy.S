/* aarch64 memcpy: copy n bytes between areas that do not overlap.
 *
 *   void *memcpy(void *restrict dst, const void *restrict src, size_t n)
 *
 * Registers (AAPCS64): x0 dst (kept: it is the result), x1 src, x2 n.
 * Uses only caller-saved registers: x3-x9, q0-q7 (v0-v7; v8-v15 are the
 * callee-saved ones, and are not touched).
 *
 *   x3  the destination of the next 64-byte round
 *   x4  src + n (the source's end)      x5  dst + n (the destination's)
 *   x6, x7, x8, x9  scratch for n < 16
 *
 * Contract: reads exactly [src, src+n), writes exactly [dst, dst+n), any
 * alignment of either: Linux runs user code with alignment checking off
 * (SCTLR_EL1.A clear), and unaligned loads and stores of normal memory
 * are full speed on every core, crossing a cache line costing a cycle at
 * most.
 *
 *   n < 16      two overlapping loads and stores from both ends: 8, 4
 *               bytes, or for 1..3 the first, middle and last byte
 *   n <= 32     two 16-byte q registers, first and last (overlapping)
 *   n <= 64     four: the first 32 and the last 32
 *   n > 64      the last 64 bytes loaded first, then 64 bytes a round
 *               from the start while more than 0 remain before them,
 *               then those last 64 stored: the final round may reach
 *               into them, and nothing is copied twice from memory the
 *               copy has already written (the areas do not overlap)
 *
 * The rounds move their pointers with the loads and stores themselves
 * (post-index writeback): 6 instructions a round, not 8, and under
 * qemu-aarch64 each instruction costs (4 KiB: 385 -> 378 ns, 1 MiB:
 * 107 -> 99 us, best of 9).
 *
 * Rejected: aligning dst first (glibc's generic aarch64 code does for
 * large copies; under qemu-aarch64, which runs taskrt's tests, every
 * extra instruction costs, and unaligned stores are cheap on hardware);
 * DC ZVA-style tricks (memset's business); the C of arch/generic/
 * (a word at a time when src and dst share their alignment, else bytes:
 * 13.5x glibc at 4 KiB misaligned under qemu-aarch64).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memcpy)
	add      x4, x1, x2          /* the source's end */
	add      x5, x0, x2          /* the destination's end */
	cmp      x2, #16
	b.lo     .Lsmall             /* n < 16 */
	cmp      x2, #32
	b.hi     .Lover32
	ldr      q0, [x1]            /* 16..32: the first 16 bytes */
	ldr      q1, [x4, #-16]      /* and the last 16 (overlapping) */
	str      q0, [x0]
	str      q1, [x5, #-16]
	ret
.Lover32:
	cmp      x2, #64
	b.hi     .Lover64
	ldp      q0, q1, [x1]        /* 33..64: the first 32 */
	ldp      q2, q3, [x4, #-32]  /* and the last 32 */
	stp      q0, q1, [x0]
	stp      q2, q3, [x5, #-32]
	ret
.Lover64:
	ldp      q4, q5, [x4, #-64]  /* the last 64, kept for the end */
	ldp      q6, q7, [x4, #-32]
	mov      x3, x0              /* x3: where the next round goes */
	sub      x2, x2, #64         /* bytes before the last 64 (> 0) */
.Lloop:
	ldp      q0, q1, [x1], #64   /* 64 bytes a round: the lower 32, and */
	ldp      q2, q3, [x1, #-32]  /* x1 moves on (post-index); the upper */
	stp      q0, q1, [x3], #64   /* the same for the stores and x3 */
	stp      q2, q3, [x3, #-32]
	subs     x2, x2, #64
	b.hi     .Lloop              /* more than 0 left before the last 64 */
	stp      q4, q5, [x5, #-64]  /* the last 64 (the final round may */
	stp      q6, q7, [x5, #-32]  /* have written some of them already) */
	ret
.Lsmall:
	cmp      x2, #8
	b.lo     .Lunder8
	ldr      x6, [x1]            /* 8..15: the first 8 and the last 8 */
	ldr      x7, [x4, #-8]
	str      x6, [x0]
	str      x7, [x5, #-8]
	ret
.Lunder8:
	cmp      x2, #4
	b.lo     .Lunder4
	ldr      w6, [x1]            /* 4..7: the first 4 and the last 4 */
	ldr      w7, [x4, #-4]
	str      w6, [x0]
	str      w7, [x5, #-4]
	ret
.Lunder4:
	cbz      x2, .Lret           /* n == 0: nothing */
	lsr      x8, x2, #1          /* 1..3: n / 2 is 0, 1, 1 */
	ldrb     w6, [x1]            /* the first byte, */
	ldrb     w9, [x1, x8]        /* the middle one (or the first again) */
	ldrb     w7, [x4, #-1]       /* and the last */
	strb     w6, [x0]
	strb     w9, [x0, x8]
	strb     w7, [x5, #-1]
.Lret:
	ret
	END(memcpy)
	NO_EXEC_STACK
