/* malloc: pop a free block of the right class, else cut a new one from the
 * arena; large requests get their own mapping.  See internal/malloc.h. */
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "internal/malloc.h"
#include "internal/lock.h"
#include "internal/defs.h"

struct bin __malloc_bins[NCLASS];

/* The current arena: [arena, arena_end) has never been handed out, so it
 * is still the kernel's zero-filled, untouched memory. */
static char *arena, *arena_end;
static volatile int arena_lock;

/* Every bin, then the arena: the order malloc itself nests them in (a bin's
 * holder may cut from the arena). */
void __malloc_fork(int when)
{
	for (unsigned c = 0; c < NCLASS; c++)
		__lock_fork(&__malloc_bins[c].lock, when);
	__lock_fork(&arena_lock, when);
}

static void *map(size_t length)
{
	void *m = __mmap(0, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return m == MAP_FAILED ? 0 : m;
}

/* A new block of `size` bytes (a class size) from the arena, its header
 * not written yet.  When the arena cannot hold it, a fresh one replaces it
 * and the old one's tail (under 64 KiB of 1 MiB) is left unused. */
static char *cut(size_t size)
{
	char *b = 0, *m;

	__lock(&arena_lock);
	if ((size_t)(arena_end - arena) < size) {
		if (!(m = map(ARENA)))
			goto out;
		/* Blocks start HDR bytes before a multiple of 16, so that
		 * what follows their header is 16-byte aligned; class sizes are
		 * multiples of 16, so one such start keeps them all aligned. */
		arena = m + ALIGN - HDR;
		arena_end = m + ARENA;
	}
	b = arena;
	arena += size;
out:
	__unlock(&arena_lock);
	return b;
}

void *__malloc_clean(size_t n, int *clean)
{
	struct bin *bin;
	size_t length;
	unsigned c;
	char *p;

	*clean = 1;
	if (n > SMALL_MAX - HDR) {
		if (MALLOC_CHECK)
			return __malloc_guarded(n);
		if (!(length = large_length(n))) {
			errno = ENOMEM;
			return 0;
		}
		if (!(p = map(length)))
			return 0;
		p += ALIGN;
		header(p) = length | LARGE;
		return p;
	}

	c = class_of(n + HDR);
	bin = &__malloc_bins[c];
	__lock(&bin->lock);
	if ((p = bin->free)) {
		bin->free = *(void **)p;      /* a used block: not clean */
		*clean = 0;
		if (MALLOC_CHECK)
			__malloc_check_poison(p, class_size(c) - HDR);
	} else if ((p = cut(class_size(c)))) {
		p += HDR;
		header(p) = c << 2;
	}
	__unlock(&bin->lock);
	return p;
}

void *malloc(size_t n)
{
	int clean;

	return __malloc_clean(n, &clean);
}
