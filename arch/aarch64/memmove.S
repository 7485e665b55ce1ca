/* aarch64 memmove: copy n bytes between areas that may overlap.
 *
 *   void *memmove(void *dst, const void *src, size_t n)    returns dst
 *
 * Registers (AAPCS64): x0 dst (kept: it is the result), x1 src, x2 n.
 * Uses only caller-saved registers: x3-x5, q0-q7.
 *
 *   x3  dst - src, then unused
 *   x4  the source's end of the next round down   x5  the destination's
 *       (each the start of the round just done, once it is done)
 *
 * Contract: the bytes of [src, src+n) as they were before the call end up
 * in [dst, dst+n), whatever the overlap; any alignment (see memcpy.S).
 *
 * memcpy.S's order is already right for most of the cases, so they go
 * there:
 *   - n <= 64: memcpy loads every byte before it stores one;
 *   - dst - src >= n as unsigned numbers (dst below src, or the areas
 *     apart): memcpy's rounds go up, each round's loads before its
 *     stores, and a store below src can only overwrite source bytes
 *     already loaded; its last 64 bytes are loaded before anything else.
 * What is left is dst above src with overlap, which memcpy would
 * clobber: the mirror image of its walk, the first 64 bytes loaded
 * first, 64-byte rounds down from the end while more than 0 remain above
 * those first 64, then the first 64 stored.  A round's stores land above
 * its loads (dst > src), on source bytes loaded already or on none.
 *
 * The rounds move x4 and x5 with their first load and store (pre-index
 * writeback): 6 instructions a round, not 8.  Under qemu-aarch64, 64
 * bytes above itself, best of 9: 4 KiB 400 -> 387 ns (glibc 376), and
 * no longer 400-600 from run to run; 1 MiB 108 -> 99 us (glibc 91).
 *
 * Rejected: the C of arch/generic/ (words only when src and dst share
 * their alignment: 3.1-3.4x glibc from 4 KiB on under qemu-aarch64);
 * copying through a buffer (stack space, twice the memory traffic).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memmove)
	sub      x3, x0, x1          /* dst - src */
	cmp      x3, x2
	b.hs     memcpy              /* dst below src, or apart: forward */
	cmp      x2, #64
	b.ls     memcpy              /* small: memcpy loads it all first */
	add      x4, x1, x2          /* the source's end */
	add      x5, x0, x2          /* the destination's end */
	ldp      q4, q5, [x1]        /* the first 64, kept for the end */
	ldp      q6, q7, [x1, #32]
	sub      x2, x2, #64         /* bytes above the first 64 (> 0) */
.Lloop:
	ldp      q0, q1, [x4, #-64]! /* 64 bytes a round, downwards: x4 */
	ldp      q2, q3, [x4, #32]   /* moves down first (pre-index) */
	stp      q0, q1, [x5, #-64]! /* the same for the stores and x5 */
	stp      q2, q3, [x5, #32]
	subs     x2, x2, #64
	b.hi     .Lloop              /* more than 0 left above the first 64 */
	stp      q4, q5, [x0]        /* the first 64 (the final round may */
	stp      q6, q7, [x0, #32]   /* have written some of them already) */
	ret
	END(memmove)
	NO_EXEC_STACK
