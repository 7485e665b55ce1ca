/* aligned_alloc and posix_memalign, and the large blocks of malloc.
 *
 * A small aligned block is a point inside an ordinary block `align - 16`
 * bytes longer than asked; its region is marked, so that free rounds such
 * points down to their block.  A large block is a mapping whose start is
 * a multiple of REGION (or of align, if that is more); the struct region
 * lies right at region_of(block). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/malloc.h"
#include "internal/defs.h"

void *__malloc_large(size_t n, size_t align)
{
	/* The block's distance from the mapping's start: room for the
	 * struct region in front, and a multiple of align.  At REGION or
	 * more, region_of(block) is block - REGION, inside the mapping. */
	size_t offset = (REGION_HEAD + align - 1) & -align;
	size_t length = large_length(offset, n);
	struct region *r;
	char *m;

	if (MALLOC_CHECK)
		return __malloc_guarded(n, align);
	if (!length || align > PTRDIFF_MAX / 4) {
		errno = ENOMEM;
		return 0;
	}
	if (!(m = __malloc_map(length, align > REGION ? align : REGION))) {
		errno = ENOMEM;
		return 0;
	}
	r = region_of(m + offset);
	r->cls = LARGE;
	r->first = m;
	r->size = length;
	return m + offset;
}

/* align: a power of two. */
static void *aligned(size_t align, size_t n)
{
	char *outer, *inner;

	if (align <= ALIGN)
		return malloc(n);
	if (align > PTRDIFF_MAX / 4 || n > PTRDIFF_MAX / 4) {
		errno = ENOMEM;
		return 0;
	}
	n += !n;                          /* inner stays inside its block */
	if (n + align - ALIGN > SMALL_MAX)
		return __malloc_large(n, align);
	if (!(outer = malloc(n + align - ALIGN)))
		return 0;
	inner = (char *)(((uintptr_t)outer + align - 1) & -(uintptr_t)align);
	if (inner != outer)
		__atomic_store_n(&region_of(outer)->aligned, 1, __ATOMIC_RELAXED);
	return inner;
}

void *aligned_alloc(size_t align, size_t n)
{
	if (!align || align & (align - 1)) {
		errno = EINVAL;
		return 0;
	}
	return aligned(align, n);
}

/* The error comes back as the result; errno stays as it was. */
weak int posix_memalign(void **result, size_t align, size_t n)
{
	int saved = errno;
	void *p;

	if (align % sizeof(void *) || !align || align & (align - 1))
		return EINVAL;
	if (!(p = aligned(align, n))) {
		errno = saved;
		return ENOMEM;
	}
	*result = p;
	return 0;
}
