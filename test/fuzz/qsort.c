/* qsort: arrays of 0..200 elements of 1 to 100 bytes (one in a hundred
 * of 1000..2000 elements of at most 8 bytes), at every alignment, from a few distinct bytes (so many equal
 * elements), already sorted, reversed or random.  Either the comparator
 * orders whole elements (one right answer: the sorted bytes, recorded as
 * a hash) or only a key byte (stability is not required: the sequence of
 * keys and an order-free hash of the elements are recorded).  In the
 * taskrt build (-DFUZZ_TASKRT) the comparator also checks that each
 * pointer it gets is an element of the array: glibc's merge sort compares
 * copies in a buffer of its own, which the C standard allows, but taskrt
 * promises the array. */
#include <stdlib.h>
#include <string.h>
#include "values.h"

static const unsigned char *lo, *hi;
static size_t elem;
static unsigned long calls, bad;

static void check(const void *p)
{
	const unsigned char *c = p;

	if (c < lo || c >= hi || (size_t)(c - lo) % elem)
		bad++;
}

static int whole(const void *a, const void *b)
{
	calls++;
	check(a);
	check(b);
	return memcmp(a, b, elem);
}

static int key(const void *a, const void *b)
{
	calls++;
	check(a);
	check(b);
	return (int)*(const unsigned char *)a - (int)*(const unsigned char *)b;
}

static int by_bytes(const void *a, const void *b)
{
	return memcmp(a, b, elem);
}

static uint64_t fnv(const unsigned char *p, size_t n, uint64_t h)
{
	while (n--)
		h = (h ^ *p++) * 0x100000001b3ull;
	return h;
}

void fuzz_qsort(void)
{
	static const unsigned sizes[] = { 1, 2, 3, 4, 5, 7, 8, 12, 16, 24, 32, 33, 64, 100 };
	static unsigned char space[16 + 3000 * 100];
	unsigned char *base = space + below(16);
	size_t n = chance(1) ? 1000 + below(1000) : chance(70) ? below(20) : below(201), i;
	int by_key = chance(30);
	unsigned distinct = 1 + below(chance(50) ? 4 : 256), order = below(6);
	uint64_t sum = 0;

	elem = sizes[below(sizeof sizes / sizeof *sizes)];
	if (n >= 1000)
		elem = sizes[below(7)];         /* at most 8 bytes: time */
	if (n * elem > sizeof space - 16)
		n = (sizeof space - 16) / elem;
	for (i = 0; i < n * elem; i++)
		base[i] = (unsigned char)below(distinct);
	if (order == 0)
		qsort(base, n, elem, by_bytes);
	if (order == 1) {
		qsort(base, n, elem, by_bytes);
		for (i = 0; i < n / 2; i++) {
			unsigned char t[100];
			memcpy(t, base + i * elem, elem);
			memcpy(base + i * elem, base + (n - 1 - i) * elem, elem);
			memcpy(base + (n - 1 - i) * elem, t, elem);
		}
	}
	rec_mem("n ", 2);
	rec_uint(n);
	rec_mem(" size ", 6);
	rec_uint(elem);
	rec_mem(by_key ? " key " : " whole ", by_key ? 5 : 7);
	rec_hex(fnv(base, n * elem, 0xcbf29ce484222325ull));
	lo = base;
	hi = base + n * elem;
	calls = bad = 0;
	qsort(base, n, elem, by_key ? key : whole);
	rec_mem(" -> ", 4);
	if (by_key) {
		for (i = 0; i < n; i++)
			sum += fnv(base + i * elem, elem, 0xcbf29ce484222325ull);
		rec_hex(sum);
		rec_sep();
		for (i = 0; i < n; i++)
			sum = fnv(base + i * elem, 1, sum);
		rec_hex(sum);
		for (i = 1; i < n; i++)
			if (base[(i - 1) * elem] > base[i * elem]) {
				rec_fail("keys not sorted");
				break;
			}
	} else {
		rec_hex(fnv(base, n * elem, 0xcbf29ce484222325ull));
	}
#ifdef FUZZ_TASKRT
	if (bad)
		rec_fail("comparator pointer outside the array");
#endif
}
