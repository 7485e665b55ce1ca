/* malloc's checking mode (internal/malloc.h): guard pages after large
 * blocks, poison in freed small ones.  Only a MALLOC_CHECK=yes build calls
 * these, so only it links this object. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>
#include "internal/malloc.h"
#include "internal/defs.h"

/* The mapping is aligned to max(align, REGION) as a normal large block's,
 * and its pages from the guard `end` on are PROT_NONE.  The block ends at
 * `end`, less what aligning its start down to align costs (nothing for
 * malloc's 16).  Its struct region sits at region_of(block), which must
 * leave REGION_HEAD bytes before the block: when the block would start
 * less than that past a multiple of REGION, the guard moves one page on
 * (only possible for align <= page, where the block then moves a page). */
void *__malloc_guarded(size_t n, size_t align)
{
	size_t page = __getauxval(AT_PAGESZ), head, size, length, off;
	char *m, *end, *p;
	struct region *r;

	if (n > PTRDIFF_MAX / 4 || align > PTRDIFF_MAX / 4) {
		errno = ENOMEM;
		return 0;
	}
	head = (REGION_HEAD + align - 1) & -align;
	size = (n + ALIGN - 1) & -(size_t)ALIGN;
	/* end <= head + size + 2 pages, then at least a page of guard */
	if (!(length = large_length(head, size + 3 * page))) {
		errno = ENOMEM;
		return 0;
	}
	if (!(m = __malloc_map(length, align > REGION ? align : REGION))) {
		errno = ENOMEM;
		return 0;
	}
	end = (char *)(((uintptr_t)m + head + size + page - 1) & -(uintptr_t)page);
	for (;;) {
		p = (char *)((uintptr_t)(end - size) & -(uintptr_t)align);
		off = (uintptr_t)p & (REGION - 1);
		if (!off || off >= REGION_HEAD)
			break;
		end += page;
	}
	if (__mprotect(end, m + length - end, PROT_NONE)) {
		__munmap(m, length);
		errno = ENOMEM;
		return 0;
	}
	r = region_of(p);
	r->cls = LARGE;
	r->first = m;
	r->size = length;
	r->bump = end;                    /* where the block's bytes end */
	return p;
}

/* size: the block's bytes; the first word is the free lists' link. */
void __malloc_poison(void *p, size_t size)
{
	memset((void **)p + 1, POISON, size - sizeof(void *));
}

void __malloc_check_poison(void *p, size_t size)
{
	static const char msg[] = "*** taskrt malloc: a freed block was written to ***\n";
	const unsigned char *b = (const unsigned char *)((void **)p + 1);

	for (size_t i = 0; i < size - sizeof(void *); i++)
		if (b[i] != POISON) {
			__write(2, msg, sizeof msg - 1);
			abort();
		}
}
