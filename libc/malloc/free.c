/* free: a small block goes to the thread's cache (the older half of a
 * full cache back to the regions first), a large one back to the kernel. */
#include <stdlib.h>
#include <sys/mman.h>
#include "internal/malloc.h"
#include "internal/defs.h"

void free(void *p)
{
	struct cache *k = &__malloc_cache;
	struct region *r;
	unsigned c;

	if (!p)
		return;
	r = region_of(p);
	if (r->cls == LARGE) {
		__munmap(r->first, r->size);
		return;
	}
	if (r->aligned)
		p = block_of(r, p);
	c = r->cls;
	if (MALLOC_CHECK)
		__malloc_poison(p, r->size);
	if (k->count[c] >= cache_limit(c))
		__malloc_flush(c, 0);
	*(void **)p = k->head[c];
	k->head[c] = p;
	k->count[c]++;
}
