/* aarch64 strcmp: compare two strings as unsigned chars.
 *
 *   int strcmp(const char *a, const char *b)
 *
 * Registers (AAPCS64): x0 a, x1 b; w0 the result.  Uses only
 * caller-saved registers: x2-x13.
 *
 *   x2, x3  a's and b's next 8 bytes (or byte); x11, x12 the 8 after
 *   x13     the second 8 bytes' syndrome
 *   x4, x5  a's and b's offsets in their pages, then x4 the larger
 *   x6      the syndrome: a bit set in each byte that stops the walk
 *   x7, x8  scratch for it           x9  0x0101010101010101
 *   x10     bytes left in a byte-at-a-time stretch
 *
 * Contract: the result is a[i] - b[i] (as unsigned chars) at the first i
 * where they differ or a's string ends, the value of arch/generic's C.
 * Reads stay in pages that hold bytes the comparison must see: 16 bytes
 * (one ldp a side) are loaded only when neither pointer is within 16
 * bytes of its page's end, 8 when neither is within 8, so no load can
 * cross into a page past a terminator; nearer than that the next 8
 * bytes go one at a time, and then the pairs resume.  4096 is the smallest page; 16 and 64 KiB pages end on a
 * 4 KiB boundary too.  Any alignment (see memcpy.S).
 *
 * A word's syndrome is a ^ b (the differing bytes) or-ed with a's zero
 * bytes, found as (x - 0x01..01) & ~x & 0x80..80: that expression can
 * flag a byte above a real zero byte too, never one below, so the lowest
 * flagged byte (little-endian: the first) is the first zero or the
 * first difference, whichever comes first.  Reversed, its leading zeros
 * rounded down to a multiple of 8 are its offset in bits.
 *
 * Rejected: aligning one pointer to 8 first (the other stays misaligned
 * anyway, and the page test is two ands and two compares); q registers:
 * a 16-byte syndrome needs a reduction (more instructions than it saves
 * under qemu-aarch64); the C of arch/generic/ (bytes until both pointers
 * are aligned alike: 1.75x glibc at 16 B, 1.5x at 256 B under qemu).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strcmp)
	mov      x9, #0x0101010101010101
.Lpairs:
	and      x4, x0, #4095       /* offsets in the pages */
	and      x5, x1, #4095
	cmp      x4, x5
	csel     x4, x4, x5, hi      /* the one nearer its page's end */
	cmp      x4, #4080
	b.hi     .Lword              /* within 16 bytes of it */
	ldp      x2, x11, [x0], #16  /* 16 bytes of each */
	ldp      x3, x12, [x1], #16
	sub      x6, x2, x9          /* the first 8's syndrome: */
	orr      x7, x2, #0x7f7f7f7f7f7f7f7f
	bic      x6, x6, x7          /* a's zero bytes */
	eor      x8, x2, x3
	orr      x6, x6, x8          /* or the differing ones */
	sub      x13, x11, x9        /* the second 8's */
	orr      x7, x11, #0x7f7f7f7f7f7f7f7f
	bic      x13, x13, x7
	eor      x8, x11, x12
	orr      x13, x13, x8
	orr      x7, x6, x13
	cbz      x7, .Lpairs         /* neither stops: the next 16 */
	cbnz     x6, .Lfound         /* the stop is in the first 8 */
	mov      x2, x11             /* else in the second */
	mov      x3, x12
	mov      x6, x13
	b        .Lfound
.Lword:
	cmp      x4, #4088
	b.hi     .Lbytes             /* within 8 bytes of it */
	ldr      x2, [x0], #8        /* 8 bytes of each */
	ldr      x3, [x1], #8
	sub      x6, x2, x9          /* x - 0x01..01 */
	orr      x7, x2, #0x7f7f7f7f7f7f7f7f
	bic      x6, x6, x7          /* & ~x & 0x80..80: a's zero bytes */
	eor      x8, x2, x3          /* the differing bytes */
	orr      x6, x6, x8          /* the syndrome */
	cbz      x6, .Lpairs         /* neither: on */
.Lfound:
	rev      x6, x6              /* the first byte on top */
	clz      x6, x6              /* within the first stopping byte */
	and      x6, x6, #~7         /* its offset, in bits */
	lsr      x2, x2, x6          /* bring it down in both words */
	lsr      x3, x3, x6
	and      w2, w2, #0xff       /* as unsigned chars */
	and      w3, w3, #0xff
	sub      w0, w2, w3          /* a's minus b's */
	ret
.Lbytes:
	mov      x10, #8             /* 8 bytes one at a time: past the */
.Lbyte:                               /* page's end, then words again */
	ldrb     w2, [x0], #1
	ldrb     w3, [x1], #1
	cmp      w2, #1              /* C set: a's byte is not 0, */
	ccmp     w2, w3, #0, cs      /* then compare; else "not equal" */
	b.ne     .Lbyte_stop         /* the end of a, or a difference */
	subs     x10, x10, #1
	b.ne     .Lbyte
	b        .Lpairs
.Lbyte_stop:
	sub      w0, w2, w3
	ret
	END(strcmp)
	NO_EXEC_STACK
