/* aarch64 strchr: the first c in s (the terminator itself when c is 0),
 * or NULL.
 *
 *   char *strchr(const char *s, int c)
 *
 * Registers (AAPCS64): x0 s, then the walk's position and the result;
 * w1 c.  Uses only caller-saved registers: x2-x13.
 *
 *   x1   (unsigned char)c            x10  c in all 8 bytes
 *   x2, x3  the next 8 bytes, and the 8 after them
 *   x4   the position's offset in its page
 *   x5, x7, x8  scratch               x9   0x0101010101010101
 *   x6, x13  the two words' syndromes: a bit in each byte that is 0 or c
 *   x12  bytes left in a byte-at-a-time stretch
 *
 * Contract: reads stay in pages that hold bytes the search must see: 16
 * bytes are loaded only when the position is 16 or more from a 4 KiB
 * boundary (every page, 4, 16 or 64 KiB, ends on one), 8 when 8 or more;
 * nearer, the next 8 bytes go one at a time.  Any alignment.
 *
 * A word's syndrome: its zero bytes, (x - 0x01..01) & ~x & 0x80..80,
 * or-ed with those of x ^ (c in all bytes), which are its c bytes.  Each
 * expression may flag bytes above its first true one, never below, so
 * the lowest flagged byte is the first 0 or c.  Reversed, its leading
 * zeros are 8 times its index (the flag is the byte's top bit).  The
 * byte there decides: c gives its address, 0 (when c is not 0) NULL.
 *
 * Rejected: strchrnul in assembly with strchr on it (strchrnul stays
 * every arch's C, as on x86_64); q registers with cmeq and a reduction
 * (see strcmp.S); the C of arch/generic/ (a byte at a time until s is
 * aligned: 1.4-1.9x glibc at 16 B under qemu-aarch64).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strchr)
	and      w1, w1, #0xff       /* c as an unsigned char */
	mov      x9, #0x0101010101010101
	mul      x10, x1, x9         /* c in all 8 bytes */
.Lpairs:
	and      x4, x0, #4095       /* the position's offset in its page */
	cmp      x4, #4080
	b.hi     .Lword              /* within 16 bytes of its end */
	ldp      x2, x3, [x0]        /* 16 bytes */
	sub      x6, x2, x9          /* the first 8's zero bytes, */
	orr      x7, x2, #0x7f7f7f7f7f7f7f7f
	bic      x6, x6, x7
	eor      x8, x2, x10         /* and its c bytes (x ^ cc's zeros) */
	sub      x5, x8, x9
	orr      x8, x8, #0x7f7f7f7f7f7f7f7f
	bic      x5, x5, x8
	orr      x6, x6, x5          /* the first 8's syndrome */
	sub      x13, x3, x9         /* the same for the second 8 */
	orr      x7, x3, #0x7f7f7f7f7f7f7f7f
	bic      x13, x13, x7
	eor      x8, x3, x10
	sub      x5, x8, x9
	orr      x8, x8, #0x7f7f7f7f7f7f7f7f
	bic      x5, x5, x8
	orr      x13, x13, x5
	orr      x7, x6, x13
	cbnz     x7, .Lpair_stop     /* a 0 or a c in these 16 */
	add      x0, x0, #16
	b        .Lpairs
.Lpair_stop:
	cbnz     x6, .Lfound         /* in the first 8 */
	add      x0, x0, #8          /* else in the second */
	mov      x6, x13
	b        .Lfound
.Lword:
	cmp      x4, #4088
	b.hi     .Lbytes             /* within 8 bytes of the page's end */
	ldr      x2, [x0]            /* 8 bytes, their syndrome as above */
	sub      x6, x2, x9
	orr      x7, x2, #0x7f7f7f7f7f7f7f7f
	bic      x6, x6, x7
	eor      x8, x2, x10
	sub      x5, x8, x9
	orr      x8, x8, #0x7f7f7f7f7f7f7f7f
	bic      x5, x5, x8
	orr      x6, x6, x5
	cbnz     x6, .Lfound
	add      x0, x0, #8
	b        .Lpairs
.Lfound:
	rev      x6, x6              /* the first byte on top */
	clz      x6, x6              /* 8 times the first stop's index */
	add      x0, x0, x6, lsr #3  /* its address */
	ldrb     w2, [x0]
	cmp      w2, w1
	csel     x0, x0, xzr, eq     /* c: there; else (the end) NULL */
	ret
.Lbytes:
	mov      x12, #8             /* 8 bytes one at a time: past the */
.Lbyte:                               /* page's end, then words again */
	ldrb     w2, [x0]
	cmp      w2, w1
	b.eq     .Lret               /* c (or the end, when c is 0) */
	cbz      w2, .Lnull          /* the end, and no c */
	add      x0, x0, #1
	subs     x12, x12, #1
	b.ne     .Lbyte
	b        .Lpairs
.Lnull:
	mov      x0, #0
.Lret:
	ret
	END(strchr)
	NO_EXEC_STACK
