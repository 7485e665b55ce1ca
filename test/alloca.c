/* <alloca.h>: alloca gives writable, suitably aligned stack memory, a
 * fresh block per call, freed when the caller returns (a loop of calls
 * does not grow the stack). */
#include <alloca.h>
#include <stdint.h>
#include <string.h>
#include "check.h"

static __attribute__((noinline)) uintptr_t use(size_t n)
{
	char *p = alloca(n);
	memset(p, 0x5a, n);
	CHECK(p[0] == 0x5a && p[n - 1] == 0x5a);
	CHECK(((uintptr_t)p & (sizeof(long) - 1)) == 0);
	return (uintptr_t)p;
}

int main(void)
{
	char *a = alloca(100), *b = alloca(100);
	CHECK(a != b);
	CHECK(a + 100 <= b || b + 100 <= a);   /* no overlap */
	memset(a, 1, 100);
	memset(b, 2, 100);
	CHECK(a[99] == 1 && b[0] == 2);
	uintptr_t first = use(4096);
	for (int i = 0; i < 1000; i++)
		CHECK(use(4096) == first);     /* each call's block is freed */
	return check_done();
}
