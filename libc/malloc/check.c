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

void *__malloc_guarded(size_t n)
{
	size_t page = __getauxval(AT_PAGESZ), body;
	char *m;

	if (n > PTRDIFF_MAX - ALIGN - 2 * page) {
		errno = ENOMEM;
		return 0;
	}
	/* header and block, in whole pages: at least 16 bytes more than the
	 * rounded block, since both are multiples of 16 */
	body = (n + ALIGN + page - 1) & -page;
	m = __mmap(0, body + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return 0;
	if (__mprotect(m + body, page, PROT_NONE)) {
		__munmap(m, body + page);
		return 0;
	}
	m += body - ((n + ALIGN - 1) & -(size_t)ALIGN);
	header(m) = body | LARGE;
	return m;
}

/* The start of p's mapping: p is 16 to page + 15 bytes into it. */
static char *mapping(void *p)
{
	return (char *)(((uintptr_t)p - ALIGN) & -(uintptr_t)__getauxval(AT_PAGESZ));
}

void __malloc_unguard(void *p, size_t body)
{
	__munmap(mapping(p), body + __getauxval(AT_PAGESZ));
}

size_t __malloc_guarded_usable(void *p, size_t body)
{
	return mapping(p) + body - (char *)p;
}

/* size: the block's bytes, header excluded; the first word is the free
 * list's link. */
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
