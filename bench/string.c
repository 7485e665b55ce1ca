/* string FUNC SIZE ALIGN N: N calls of a string or memory function on SIZE
 * bytes.  Prints ns per call.
 *
 *   FUNC   memcpy memmove memset memcmp strlen strchr strcmp
 *   SIZE   bytes per call (the string's length + its NUL for the str*
 *          functions)
 *   ALIGN  a: every buffer 64-byte aligned; u: misaligned, the source at
 *          +1 and the destination (or second string) at +3
 *
 *   memmove copies backwards over itself (destination 64 bytes above the
 *   source), so the overlap matters from 128 bytes on.  memcmp and strcmp
 *   compare equal buffers (the whole length is read); strchr looks for
 *   the string's last character, which occurs nowhere else.
 *
 * string qsort N: qsort of N pseudo-random ints (one sort after a warm-up
 *   sort of N/10).  Prints ns per sort.
 *
 * The functions are called through volatile pointers so that no compiler
 * inlines or folds them: each call is the library's.  Results are checked.
 */
#include <string.h>
#include "bench.h"

static void *(*volatile p_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile p_memmove)(void *, const void *, size_t) = memmove;
static void *(*volatile p_memset)(void *, int, size_t) = memset;
static int (*volatile p_memcmp)(const void *, const void *, size_t) = memcmp;
static size_t (*volatile p_strlen)(const char *) = strlen;
static char *(*volatile p_strchr)(const char *, int) = strchr;
static int (*volatile p_strcmp)(const char *, const char *) = strcmp;

static char *src, *dst;
static size_t size;

/* One run of n calls; returns a value the caller checks. */
static long calls(int f, long n)
{
	long bad = 0;
	size_t len = size - 1;                      /* the str* functions' length */

	for (long i = 0; i < n; i++) {
		switch (f) {
		case 0: p_memcpy(dst, src, size); break;
		case 1: p_memmove(src + 64, src, size); break;
		case 2: p_memset(dst, (int)i, size); break;
		case 3: bad += p_memcmp(dst, src, size) != 0; break;
		case 4: bad += p_strlen(src) != len; break;
		case 5: bad += p_strchr(src, 'z') != src + len - 1; break;
		case 6: bad += p_strcmp(dst, src) != 0; break;
		}
	}
	return bad;
}

static int by_value(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static unsigned long long sort(int *a, long n)
{
	unsigned x = 2463534242u;
	unsigned long long t0;

	for (long i = 0; i < n; i++) {
		x ^= x << 13; x ^= x >> 17; x ^= x << 5;
		a[i] = (int)x;
	}
	t0 = now_ns();
	qsort(a, (size_t)n, sizeof *a, by_value);
	t0 = now_ns() - t0;
	for (long i = 1; i < n; i++)
		check(a[i - 1] > a[i], "qsort (out of order)");
	return t0;
}

int main(int argc, char **argv)
{
	static const char *const names[] = {
		"memcpy", "memmove", "memset", "memcmp", "strlen", "strchr", "strcmp"
	};
	const char *func = argc > 1 ? argv[1] : "memcpy";
	int f, misaligned;
	long n;
	char *a, *b;
	unsigned long long t0, elapsed;

	if (strcmp(func, "qsort") == 0) {
		n = count_arg(argc, argv, 2, 1000000);
		int *v = malloc((size_t)n * sizeof *v);

		check(v == NULL, "malloc");
		sort(v, n / 10 + 1);
		report(sort(v, n), 1);
		return 0;
	}
	for (f = 0; f < 7 && strcmp(func, names[f]) != 0; f++)
		;
	check(f == 7, "a known function");
	size = (size_t)count_arg(argc, argv, 2, 16);
	misaligned = argc > 3 && argv[3][0] == 'u';
	n = count_arg(argc, argv, 4, 100000);

	/* Two buffers, 64-aligned, with room for the offsets and memmove's 64. */
	a = aligned_alloc(64, size + 192);
	b = aligned_alloc(64, size + 192);
	check(a == NULL || b == NULL, "aligned_alloc");
	src = a + misaligned;
	dst = b + 3 * misaligned;
	check(size < 2, "a size of 2 or more");
	memset(a, 'y', size + 192);
	memset(b, 'y', size + 192);
	src[size - 2] = dst[size - 2] = 'z';        /* strchr's target, the last char */
	src[size - 1] = dst[size - 1] = 0;

	check(calls(f, n / 10 + 1) != 0, func);     /* warm-up */
	t0 = now_ns();
	check(calls(f, n) != 0, func);
	elapsed = now_ns() - t0;
	report(elapsed, n);
	return 0;
}
