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
	struct region *r;

	if (!p)
		return 0;
	r = region_of(p);
	if (r->cls == LARGE)                 /* the guard's page, or the end */
		return (size_t)((MALLOC_CHECK ? r->bump : r->first + r->size) - (char *)p);
	return (size_t)(block_of(r, p) + r->size - (char *)p);
}
weak_alias(__malloc_usable_size, malloc_usable_size);

/* A large block that stays large: resize its mapping.  Shrinking unmaps
 * the tail; growing tries in place, else moves the pages (no byte is
 * copied) to a new mapping that keeps the REGION alignment region_of
 * needs.  Lengths are multiples of REGION, so of any page size.
 *
 * Why munmap and not mremap to shrink: the two are the same to a
 * kernel, but qemu-user (7.2, Debian 12's) emulates a shrinking mremap
 * of a 32-bit guest (arm, i386) by re-reserving the wrong range, the
 * old_size bytes past the old end, so whatever the program had mapped
 * there becomes inaccessible to it while qemu believes it writable: the
 * next write spins in qemu's fault handler for ever, deaf to SIGTERM.
 * Programs tested under qemu-user are taskrt's everyday users. */
static void *remap(char *p, size_t n)
{
	struct region *r = region_of(p);
	size_t offset = (size_t)(p - r->first), length = large_length(offset, n);
	char *m = r->first, *to;

	if (!length) {
		errno = ENOMEM;
		return 0;
	}
	if (length == r->size)
		return p;
	if (length < r->size)
		__munmap(m + length, r->size - length);
	else if (__mremap(m, r->size, length, 0) == MAP_FAILED) {
		/* the alignment the block had: a power of two */
		size_t align = offset > REGION ? (offset & -offset) : REGION;
		if (!(to = __malloc_map(length, align)))
			return 0;
		m = __mremap(m, r->size, length, MREMAP_MAYMOVE | MREMAP_FIXED, to);
		if (m == MAP_FAILED) {
			__munmap(to, length);
			return 0;
		}
	}
	r = region_of(m + offset);
	r->first = m;
	r->size = length;
	return m + offset;
}

void *realloc(void *p, size_t n)
{
	struct region *r;
	size_t have;
	void *q;

	if (!p)
		return malloc(n);
	if (!n) {                         /* as glibc: free, return NULL */
		free(p);
		return 0;
	}
	r = region_of(p);
	have = __malloc_usable_size(p);
	if (MALLOC_CHECK && r->cls == LARGE)
		goto move;                    /* the guard must follow the end */
	if (r->cls == LARGE && n > SMALL_MAX)
		return remap(p, n);
	/* Stay if n fits and fills more than half the block; at half or
	 * less, a class of at most half the size holds it, which is worth a
	 * copy; a large block shrunk to a small size moves too.  An aligned
	 * block stays whenever n fits: moving would lose the alignment. */
	if (n <= have && r->cls != LARGE && ((char *)p != block_of(r, p) || 2 * n > r->size))
		return p;
move:
	q = malloc(n);
	if (!q)
		return n <= have ? p : 0;     /* a shrink may always stay */
	memcpy(q, p, n < have ? n : have);
	free(p);
	return q;
}
