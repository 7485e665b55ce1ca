/* taskrt's malloc: size classes carved from mmap'ed arenas, big blocks
 * mapped one by one.  No brk: every byte comes from mmap.
 *
 * Every block carries one word in front of it, its header:
 *
 *           header          block (what malloc returns, 16-byte aligned)
 *   ... [ class << 2   ][ payload .......... ]        small block
 *   ... [ length | 1   ][ payload .......... ]        large block
 *   ... [ offset | 2   ][ payload .......... ]        aligned block inside
 *                                                      another block
 *
 * Small blocks (header included, up to 64 KiB) come in 44 size classes:
 * 16, 32, .. 128 bytes, then four steps per power of two (160, 192, 224,
 * 256, 320, ..., 65536), so at most a quarter of a block is rounding.  Each
 * class keeps a list of its free blocks, linked through their first word,
 * under its own lock; a block never changes class.  When a list is empty,
 * a new block is cut from the current arena (1 MiB of mmap), which only
 * ever grows: small memory is reused, never given back to the kernel.
 *
 * Large blocks get a mapping of their own, the block 16 bytes in (so it
 * stays aligned), and are munmap'ed by free; realloc moves them with
 * mremap, which copies no bytes.
 *
 * An aligned block (aligned_alloc with more than 16) is a piece of a
 * larger ordinary block; its header says how far back that one starts.
 */
#ifndef _TASKRT_INTERNAL_MALLOC_H
#define _TASKRT_INTERNAL_MALLOC_H

#include "defs.h"
#include <stddef.h>
#include <stdint.h>

#define ALIGN     16                 /* every block's alignment */
#define HDR       sizeof(size_t)     /* header bytes */
#define NCLASS    44
#define SMALL_MAX 65536              /* the largest class, header included */
#define ARENA     (1 << 20)          /* small blocks are cut from these */
#define PAGE      4096               /* mmap rounds up to its real page size */

#define LARGE 1                      /* header flags, in the low four bits */
#define INNER 2
#define FLAGS 15

#define header(p) (((size_t *)(p))[-1])

/* One size class: its free blocks and the lock that guards them. */
struct bin {
	void *free;
	volatile int lock;
};
hidden extern struct bin __malloc_bins[NCLASS];

/* The class for a block of `size` bytes, header included (1..SMALL_MAX). */
static inline unsigned class_of(size_t size)
{
	unsigned s = size - 1, e;

	if (s < 128)
		return s / 16;                /* 1..16 -> 0, .., 113..128 -> 7 */
	e = 31 - __builtin_clz(s);        /* size in (2^e, 2^(e+1)] */
	return 8 + (e - 7) * 4 + ((s - (1u << e)) >> (e - 2));
}

/* The bytes, header included, of a block of class c. */
static inline size_t class_size(unsigned c)
{
	unsigned e = 7 + (c - 8) / 4;

	if (c < 8)
		return (c + 1) * 16;
	return (1u << e) + (((c - 8) % 4 + 1) << (e - 2));
}

/* The mapping length for a large block of n bytes, 0 if that overflows. */
static inline size_t large_length(size_t n)
{
	if (n > PTRDIFF_MAX - ALIGN - PAGE)
		return 0;
	return (n + ALIGN + PAGE - 1) & -(size_t)PAGE;
}

/* malloc, also telling whether the block is fresh from mmap and so
 * already zero (calloc needs not clear it). */
hidden void *__malloc_clean(size_t n, int *clean);

/* The checking mode, a build of its own (make MALLOC_CHECK=yes defines
 * TASKRT_MALLOC_CHECK; MALLOC_CHECK is then 1, else 0, and the code under
 * `if (MALLOC_CHECK)` vanishes from a normal build):
 *
 *   - a large block's mapping is one page longer, that page PROT_NONE,
 *     and the block ends where it begins (its size rounded up to 16, the
 *     alignment malloc promises): the first write past it faults.  Such a
 *     block's header holds the length of its readable part, `body`; the
 *     mapping starts in the 16 bytes before the block rounded down to the
 *     page, since the block begins less than a page + 16 into it.
 *     realloc always moves such a block, so the guard stays at its end.
 *   - a freed small block is filled with POISON past its link word, and
 *     malloc checks that fill before handing the block out again: a write
 *     after free (or an overrun into a free neighbour) stops the program
 *     with a message and SIGABRT.
 *
 * Its cost: a large block takes one more page of address space and an
 * mprotect; each free of a small block writes it whole, each reuse reads
 * it whole. */
#ifdef TASKRT_MALLOC_CHECK
#define MALLOC_CHECK 1
#else
#define MALLOC_CHECK 0
#endif
#define POISON 0xa5

/* The checking mode's pieces (libc/malloc/check.c). */
hidden void *__malloc_guarded(size_t n);
hidden void __malloc_unguard(void *p, size_t body);
hidden size_t __malloc_guarded_usable(void *p, size_t body);
hidden void __malloc_poison(void *p, size_t size);
hidden void __malloc_check_poison(void *p, size_t size);

#endif
