/* free: a small block goes back on its class's list, a large one back to
 * the kernel. */
#include <stdlib.h>
#include <sys/mman.h>
#include "internal/malloc.h"
#include "internal/lock.h"
#include "internal/defs.h"

void free(void *p)
{
	struct bin *bin;
	size_t h;

	if (!p)
		return;
	h = header(p);
	if (h & INNER) {                  /* aligned: free the outer block */
		p = (char *)p - (h & ~(size_t)FLAGS);
		h = header(p);
	}
	if (h & LARGE) {
		if (MALLOC_CHECK)
			__malloc_unguard(p, h & ~(size_t)FLAGS);
		else
			__munmap((char *)p - ALIGN, h & ~(size_t)FLAGS);
		return;
	}
	if (MALLOC_CHECK)
		__malloc_poison(p, class_size(h >> 2) - HDR);
	bin = &__malloc_bins[h >> 2];
	__lock(&bin->lock);
	*(void **)p = bin->free;
	bin->free = p;
	__unlock(&bin->lock);
}
