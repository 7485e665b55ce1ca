/* malloc: a block from the thread's cache, else a few from the class's
 * regions into the cache; a new region when none has room.  Large
 * requests get their own mapping.  See internal/malloc.h, docs/malloc.md. */
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "internal/malloc.h"
#include "internal/lock.h"
#include "internal/pthread.h"
#include "internal/defs.h"

struct bin __malloc_bins[NCLASS];
__thread struct cache __malloc_cache;

/* The bins' locks are taken only once a second thread may exist: the
 * main thread's tid is 0 until the first pthread_create (docs/stdio.md
 * tells why that one load is enough). */
static int bin_lock(struct bin *b)
{
	if (!__self()->tid)
		return 0;
	__lock(&b->lock);
	return 1;
}

static void bin_unlock(struct bin *b, int locked)
{
	if (locked)
		__unlock(&b->lock);
}

/* Every bin: nothing else in malloc has a lock. */
void __malloc_fork(int when)
{
	for (unsigned c = 0; c < NCLASS; c++)
		__lock_fork(&__malloc_bins[c].lock, when);
}

/* length bytes at a multiple of align: map align - 4096 bytes more than
 * asked and give back what lies outside the aligned part.  Both lengths
 * are multiples of REGION, so every cut is on a page boundary whatever
 * the kernel's page size. */
char *__malloc_map(size_t length, size_t align)
{
	size_t extra = align - 4096;
	char *m, *a;

	m = __mmap(0, length + extra, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return 0;
	a = (char *)(((uintptr_t)m + align - 1) & -(uintptr_t)align);
	if (a != m)
		__munmap(m, a - m);
	if (m + extra != a)
		__munmap(a + length, m + extra - a);
	return a;
}

static void link_region(struct bin *b, struct region *r)
{
	r->prev = 0;
	r->next = b->avail;
	if (b->avail)
		b->avail->prev = r;
	b->avail = r;
}

static void unlink_region(struct bin *b, struct region *r)
{
	if (r->prev)
		r->prev->next = r->next;
	else
		b->avail = r->next;
	if (r->next)
		r->next->prev = r->prev;
}

/* One block of class c, the bin locked; 0 when out of memory. */
static void *take(struct bin *b, unsigned c)
{
	struct region *r = b->avail;
	void *p;

	if (!r) {
		if (!(r = (struct region *)__malloc_map(REGION, REGION)))
			return 0;
		r->cls = c;
		r->size = class_size(c);
		r->first = r->bump = (char *)r + REGION_HEAD;
		r->count = (REGION - REGION_HEAD) / r->size;
		link_region(b, r);
		b->empty++;
	}
	if (r->used++ == 0)
		b->empty--;
	if ((p = r->free))
		r->free = *(void **)p;
	else {
		p = r->bump;
		r->bump += r->size;
		if (MALLOC_CHECK)             /* out of the caller's hands: poisoned */
			__malloc_poison(p, r->size);
	}
	if (r->used == r->count)
		unlink_region(b, r);          /* full: off the list */
	return p;
}

/* A bin keeps this many empty regions for reuse and unmaps the rest: one
 * where a region holds hundreds of blocks, four for blocks of 4 KiB and
 * more, where a region holds only 3 to 64 and a program that frees a few
 * would otherwise unmap and map again all the time. */
static unsigned keep_empty(unsigned c)
{
	return c < 24 ? 1 : 4;
}

/* Block p back into its region, the bin locked. */
static void put(struct bin *b, unsigned c, void *p)
{
	struct region *r = region_of(p);

	*(void **)p = r->free;
	r->free = p;
	if (r->used-- == r->count)
		link_region(b, r);            /* had been full */
	if (r->used)
		return;
	if (b->empty < keep_empty(c)) {
		b->empty++;
		return;
	}
	unlink_region(b, r);
	__munmap(r, REGION);
}

void __malloc_flush(unsigned c, int all)
{
	struct cache *k = &__malloc_cache;
	struct bin *b = &__malloc_bins[c];
	unsigned keep = all ? 0 : cache_limit(c) / 2;
	void **link = &k->head[c], *p, *next;
	int locked;

	/* The newest blocks are at the front: keep those, they are warm. */
	for (unsigned i = 0; i < keep; i++)
		link = (void **)*link;
	p = *link;
	*link = 0;
	k->count[c] = keep;
	locked = bin_lock(b);
	for (; p; p = next) {
		next = *(void **)p;
		put(b, c, p);
	}
	bin_unlock(b, locked);
}

void __malloc_thread_exit(void)
{
	for (unsigned c = 0; c < NCLASS; c++)
		if (__malloc_cache.count[c])
			__malloc_flush(c, 1);
}

/* The cache of class c is empty: fill half of it, and return one more. */
static void *refill(unsigned c)
{
	struct cache *k = &__malloc_cache;
	struct bin *b = &__malloc_bins[c];
	unsigned n = (cache_limit(c) + 1) / 2;
	void *p, *q;
	int locked = bin_lock(b);

	if ((p = take(b, c)))
		for (; k->count[c] < n && (q = take(b, c)); k->count[c]++) {
			*(void **)q = k->head[c];
			k->head[c] = q;
		}
	bin_unlock(b, locked);
	if (!p)
		errno = ENOMEM;
	return p;
}

void *__malloc_clean(size_t n, int *clean)
{
	struct cache *k;
	unsigned c;
	void *p;

	*clean = 0;
	if (n > SMALL_MAX) {
		*clean = 1;                   /* fresh from mmap */
		return __malloc_large(n, ALIGN);
	}
	c = class_of(n + !n);
	k = &__malloc_cache;
	if (!(p = k->head[c]))
		p = refill(c);
	else {
		k->head[c] = *(void **)p;
		k->count[c]--;
	}
	if (MALLOC_CHECK && p)
		__malloc_check_poison(p, class_size(c));
	return p;
}

void *malloc(size_t n)
{
	int clean;

	return __malloc_clean(n, &clean);
}
