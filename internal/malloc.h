/* taskrt's malloc: blocks of 44 size classes in aligned regions, a cache
 * per thread in front, big blocks mapped one by one.  No brk: every byte
 * comes from mmap.  docs/malloc.md tells the whole design and its reasons.
 *
 * Every block lives in a region: REGION bytes of mmap at an address that
 * is a multiple of REGION, with a struct region at its start.  A block
 * carries no header; free() finds its region by rounding the pointer
 * down, which is why no block may start at the region's own address:
 *
 *   region_of(p) = (p - 1) rounded down to a multiple of REGION
 *
 *   [ struct region | block | block | block | ... never used ...... ]
 *   ^ a multiple of REGION                     ^ bump
 *
 * A small region holds blocks of one class (16, 32, .. 128 bytes, then
 * four steps per power of two up to 65,536: at most a quarter of a block is
 * rounding).  Its free blocks are linked through their first word; the
 * blocks from `bump` on were never handed out.  A large block (over 65,536
 * bytes) is a mapping of its own, its struct region in front of it.
 *
 * Locking: each class's bin (its list of regions with room) has a lock;
 * a thread's cache (malloc.c) needs none.  A region belongs to the bin
 * of its class, and only that bin's lock holder changes it.
 */
#ifndef _TASKRT_INTERNAL_MALLOC_H
#define _TASKRT_INTERNAL_MALLOC_H

#include "defs.h"
#include <stddef.h>
#include <stdint.h>

#define ALIGN     16                 /* every block's alignment */
#define NCLASS    44
#define SMALL_MAX 65536              /* the largest small block */
#define REGION    (1 << 18)          /* 256 KiB: 3 blocks of the largest class */
#define LARGE     255                /* struct region's cls for a large block */

struct region {
	unsigned char cls;           /* the class, or LARGE */
	/* Some block was handed out by aligned_alloc as a point inside it:
	 * free must round pointers down to their block's start. */
	volatile unsigned char aligned;
	unsigned used;               /* blocks handed out (thread caches included) */
	unsigned count;              /* blocks that fit */
	size_t size;                 /* a block's bytes; large: the mapping's length */
	char *first;                 /* the first block; large: the mapping's start */
	char *bump;                  /* [bump, first + count * size) never handed out */
	void *free;                  /* freed blocks, linked through their first word */
	struct region *next, *prev;  /* in the bin's list while it has room */
};

/* Where the first block of a small region starts. */
#define REGION_HEAD ((sizeof(struct region) + ALIGN - 1) & -(size_t)ALIGN)

static inline struct region *region_of(const void *p)
{
	return (struct region *)(((uintptr_t)p - 1) & -(uintptr_t)REGION);
}

/* The class for a block of n bytes (1..SMALL_MAX). */
static inline unsigned class_of(size_t n)
{
	unsigned s = n - 1, e;

	if (s < 128)
		return s / 16;                /* 1..16 -> 0, .., 113..128 -> 7 */
	e = 31 - __builtin_clz(s);        /* size in (2^e, 2^(e+1)] */
	return 8 + (e - 7) * 4 + ((s - (1u << e)) >> (e - 2));
}

/* The bytes of a block of class c. */
static inline size_t class_size(unsigned c)
{
	unsigned e = 7 + (c - 8) / 4;

	if (c < 8)
		return (c + 1) * 16;
	return (1u << e) + (((c - 8) % 4 + 1) << (e - 2));
}

/* The start of the block of small region r that holds p (p may point
 * inside it, as aligned_alloc's results do). */
static inline char *block_of(struct region *r, const void *p)
{
	size_t i = (size_t)((const char *)p - r->first) / r->size;

	return r->first + i * r->size;
}

/* One class's regions that have room, under the bin's lock; `empty`
 * counts those of them that hold no block at all (kept for reuse). */
struct bin {
	struct region *avail;
	unsigned empty;
	volatile int lock;
};
hidden extern struct bin __malloc_bins[NCLASS];

/* A thread's cache: per class, a list of free blocks (linked through
 * their first word) and its length, at most cache_limit(c).  Only its
 * thread touches it, without a lock. */
struct cache {
	void *head[NCLASS];
	unsigned char count[NCLASS];
};
hidden extern __thread struct cache __malloc_cache;

/* 64 blocks of up to 512 bytes, then half as many per doubling of the
 * size, and at least one: a cache holds up to about 32 KiB a class. */
static inline unsigned cache_limit(unsigned c)
{
	unsigned l = c < 16 ? 64 : 64 >> (c - 12) / 4;

	return l ? l : 1;
}
/* Give the older half of the cache's class c back to the regions
 * (all of it if all is set). */
hidden void __malloc_flush(unsigned c, int all);

/* A large block of n bytes at a multiple of align (16 or more, a power of
 * two): its own mapping (memalign.c). */
hidden void *__malloc_large(size_t n, size_t align);
/* A mapping of length bytes at a multiple of align (a multiple of
 * REGION), or 0. */
hidden char *__malloc_map(size_t length, size_t align);
/* The mapping length that holds n bytes `offset` into it, 0 on overflow. */
static inline size_t large_length(size_t offset, size_t n)
{
	if (n > PTRDIFF_MAX / 2 - offset - REGION)
		return 0;
	return (offset + n + REGION - 1) & -(size_t)REGION;
}

/* malloc, also telling whether the block is fresh from mmap and so
 * already zero (calloc needs not clear it). */
hidden void *__malloc_clean(size_t n, int *clean);

/* The thread's cache hook, called by pthread_exit: its blocks go back to
 * their regions (malloc.c; a no-op where malloc is not linked). */
hidden void __malloc_thread_exit(void);

/* The checking mode, a build of its own (make MALLOC_CHECK=yes defines
 * TASKRT_MALLOC_CHECK; MALLOC_CHECK is then 1, else 0, and the code under
 * `if (MALLOC_CHECK)` vanishes from a normal build):
 *
 *   - a large block ends where a PROT_NONE page begins (its size rounded
 *     up to 16, the alignment malloc promises; an aligned block may end
 *     up to align - 16 bytes before it): the first write past it faults.
 *     Its struct region keeps that end in `bump`, its mapping in `first`
 *     and `size` as always.  realloc always moves such a block, so the
 *     guard stays at its end.
 *   - every small block that is not handed out (in a region's free list,
 *     in a thread's cache, and the never used ones once they leave
 *     their region) is filled with POISON past its link word, and malloc
 *     checks that fill before handing the block out: a write after free
 *     (or an overrun into a free neighbour) stops the program with a
 *     message and SIGABRT.
 *
 * Its cost: a large block takes three more pages of address space and an
 * mprotect; each free of a small block writes it whole, each reuse reads
 * it whole. */
#ifdef TASKRT_MALLOC_CHECK
#define MALLOC_CHECK 1
#else
#define MALLOC_CHECK 0
#endif
#define POISON 0xa5

/* The checking mode's pieces (libc/malloc/check.c): a guarded large
 * block (as __malloc_large), and a small block's fill and its check. */
hidden void *__malloc_guarded(size_t n, size_t align);
hidden void __malloc_poison(void *p, size_t size);
hidden void __malloc_check_poison(void *p, size_t size);

#endif
