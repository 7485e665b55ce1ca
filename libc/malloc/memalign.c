/* aligned_alloc and posix_memalign: alignments above 16 take a block
 * `align - 16` bytes longer than asked and return the aligned point inside
 * it; the header in front of that point leads free() back to the start. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "internal/malloc.h"
#include "internal/defs.h"

/* align: a power of two. */
static void *aligned(size_t align, size_t n)
{
	char *outer, *inner;

	if (align <= ALIGN)
		return malloc(n);
	if (align > PTRDIFF_MAX || n > PTRDIFF_MAX - align) {
		errno = ENOMEM;
		return 0;
	}
	if (!(outer = malloc(n + align - ALIGN)))
		return 0;
	inner = (char *)(((uintptr_t)outer + align - 1) & -(uintptr_t)align);
	/* Both are 16-aligned, so a non-zero offset is at least 16: room for
	 * the header, inside the outer block. */
	if (inner != outer)
		header(inner) = (size_t)(inner - outer) | INNER;
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
