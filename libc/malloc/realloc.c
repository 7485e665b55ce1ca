/* realloc: keep the block where it is when the new size fits it well,
 * let the kernel resize a large one, and otherwise malloc, copy, free. */
#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "internal/malloc.h"
#include "internal/defs.h"

/* The bytes the caller may use, from p up to the end of its block. */
size_t __malloc_usable_size(void *p)
{
	size_t h, offset = 0;

	if (!p)
		return 0;
	h = header(p);
	if (h & INNER) {
		offset = h & ~(size_t)FLAGS;
		h = header((char *)p - offset);
	}
	if (h & LARGE && MALLOC_CHECK)
		return __malloc_guarded_usable((char *)p - offset, h & ~(size_t)FLAGS) - offset;
	if (h & LARGE)
		return (h & ~(size_t)FLAGS) - ALIGN - offset;
	return class_size(h >> 2) - HDR - offset;
}
weak_alias(__malloc_usable_size, malloc_usable_size);

/* A large block that stays large: resize its mapping.  Shrinking always
 * happens in place (no MREMAP_MAYMOVE); growing may move the pages to
 * another address, but copies no bytes.  (Lengths are counted in 4096s;
 * the kernel rounds every length up to its own page size, the same way
 * for mmap, mremap and munmap, so 64 KiB pages are fine too.) */
static void *remap(char *p, size_t n)
{
	size_t old = header(p) & ~(size_t)FLAGS, length = large_length(n);
	char *m;

	if (!length) {
		errno = ENOMEM;
		return 0;
	}
	if (length == old)
		return p;
	m = __mremap(p - ALIGN, old, length, length > old ? MREMAP_MAYMOVE : 0);
	if (m == MAP_FAILED)
		return 0;
	m += ALIGN;
	header(m) = length | LARGE;
	return m;
}

void *realloc(void *p, size_t n)
{
	size_t have, h;
	void *q;

	if (!p)
		return malloc(n);
	if (!n) {                         /* as glibc: free, return NULL */
		free(p);
		return 0;
	}
	h = header(p);
	have = __malloc_usable_size(p);
	if (MALLOC_CHECK && h & LARGE)    /* always move: the guard follows n */
		goto move;
	if (h & LARGE && n > SMALL_MAX - HDR)
		return remap(p, n);
	/* Stay if n fits and fills more than half the block (header
	 * included); at half or less, a class of at most half the size
	 * holds it, which is worth a copy.  An aligned block stays whenever
	 * n fits: moving would lose the alignment. */
	if (n <= have && (h & INNER || 2 * (n + HDR) > have + HDR))
		return p;
move:
	q = malloc(n);
	if (!q)
		return n <= have ? p : 0;     /* a shrink may always stay */
	memcpy(q, p, n < have ? n : have);
	free(p);
	return q;
}
