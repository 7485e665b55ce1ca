/* Thread stacks: one mapping per thread, laid out low to high as
 *
 *   [ guard (PROT_NONE) | stack, growing down | TCB + TLS area ]
 *
 * and a small cache of mappings from joined threads, so that a create/join
 * loop maps nothing and touches no fresh page: a reused stack is already
 * faulted in.  Detached threads unmap themselves (arch/<arch>/unmapself.S).
 */
#include <sys/mman.h>
#include "internal/pthread.h"
#include "internal/lock.h"
#include "internal/defs.h"

#define CACHE_SLOTS 8

static struct { void *base; size_t size, guard; } cache[CACHE_SLOTS];
static int cached;
static volatile int lock;

void __stack_fork(int when)
{
	__lock_fork(&lock, when);
}

/* A mapping of size bytes whose lowest guard bytes are PROT_NONE: from
 * the cache when one of the same shape is there, else fresh from mmap
 * (then *fresh is 1: a create that fails unmaps it again, so that a
 * failed pthread_create leaves the address space as it found it). */
void *__stack_map(size_t size, size_t guard, int *fresh)
{
	void *base = 0;
	int i;

	__lock(&lock);
	for (i = cached - 1; i >= 0; i--) {
		if (cache[i].size == size && cache[i].guard == guard) {
			base = cache[i].base;
			cache[i] = cache[--cached];
			break;
		}
	}
	__unlock(&lock);
	*fresh = !base;
	if (base)
		return base;

	base = __mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (base == MAP_FAILED)
		return 0;
	if (guard && __mprotect(base, guard, PROT_NONE) < 0) {
		__munmap(base, size);
		return 0;
	}
	return base;
}

/* A joined thread's mapping: keep it for the next thread, or give it back. */
void __stack_release(void *base, size_t size, size_t guard)
{
	__lock(&lock);
	if (cached < CACHE_SLOTS) {
		cache[cached].base = base;
		cache[cached].size = size;
		cache[cached].guard = guard;
		cached++;
		base = 0;
	}
	__unlock(&lock);
	if (base)
		__munmap(base, size);
}
