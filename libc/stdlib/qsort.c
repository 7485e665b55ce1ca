#include <stdint.h>
#include <stdlib.h>
#include "internal/word.h"

/* qsort as an introsort: a quicksort that falls back to heapsort when its
 * partitions keep coming out lopsided, and leaves short runs to insertion
 * sort.  O(n log n) comparisons on every input (sorted, reversed, all
 * equal, an adversary that answers each comparison so as to hurt most),
 * no memory but the stack, at most log2 n frames of it.  Not
 * stable, which the C standard allows.
 *
 * The comparator only ever sees pointers to elements of the array, never
 * to a copy: the pivot stays in the first slot of its range while that
 * range is partitioned, and the heapsort and insertion sort swap in place.
 *
 * Rejected: a merge sort (glibc's default) needs an n-element buffer, and
 * qsort cannot report that malloc failed; a heapsort alone makes about
 * 2 n log2 n comparisons and jumps across the whole array for each, 2.8
 * times glibc's time on a million ints. */

typedef int (*cmp_fn)(const void *, const void *);

/* Runs this short go to insertion sort: its n^2/4 comparisons are fewer
 * than a partition's bookkeeping costs there. */
#define SHORT_RUN 12

typedef uint32_t __attribute__((__may_alias__)) u32;

/* An array's base and element size decide, once, how wide a load the
 * swaps of all its elements may use. */
static size_t swap_unit(const void *base, size_t size)
{
	uintptr_t bits = (uintptr_t)base | size;

	if ((bits & (WORD_SIZE - 1)) == 0)
		return WORD_SIZE;
	if ((bits & 3) == 0)
		return 4;
	return 1;
}

/* Exchange two elements, unit bytes at a time. */
static void swap(char *a, char *b, size_t size, size_t unit)
{
	if (unit == WORD_SIZE) {
		word *x = (word *)a, *y = (word *)b, t;

		for (; size; size -= WORD_SIZE, x++, y++) {
			t = *x;
			*x = *y;
			*y = t;
		}
	} else if (unit == 4) {
		u32 *x = (u32 *)a, *y = (u32 *)b, t;

		for (; size; size -= 4, x++, y++) {
			t = *x;
			*x = *y;
			*y = t;
		}
	} else {
		char t;

		for (; size; size--, a++, b++) {
			t = *a;
			*a = *b;
			*b = t;
		}
	}
}

/* ---- heapsort, for ranges where quicksort has gone wrong too often ----
 *
 * The range is seen as a binary tree: the children of element i are 2i+1
 * and 2i+2.  A "heap" is a tree where each parent compares >= its
 * children, so its root is the largest element. */

/* Restore the heap below `root` among the first n elements, when only the
 * root may be out of place: move it down past its larger child until both
 * its children compare below it. */
static void sift_down(char *base, size_t root, size_t n, size_t size, size_t unit,
		      cmp_fn compare)
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n
		    && compare(base + child * size, base + (child + 1) * size) < 0)
			child++;                /* the larger of the two */
		if (compare(base + root * size, base + child * size) >= 0)
			return;
		swap(base + root * size, base + child * size, size, unit);
		root = child;
	}
}

static void heap_sort(char *a, size_t n, size_t size, size_t unit, cmp_fn compare)
{
	size_t i;

	/* Build the heap bottom-up: every parent, last one first. */
	for (i = n / 2; i-- > 0;)
		sift_down(a, i, n, size, unit, compare);
	/* Move the largest (the root) behind the heap, which shrinks by one,
	 * and repair the heap; the sorted tail grows from the end. */
	for (i = n - 1; i > 0; i--) {
		swap(a, a + i * size, size, unit);
		sift_down(a, 0, i, size, unit, compare);
	}
}

/* Insertion sort: each element sinks past the greater ones before it. */
static void insertion_sort(char *a, size_t n, size_t size, size_t unit, cmp_fn compare)
{
	char *end = a + n * size, *p, *q;

	for (p = a + size; p < end; p += size)
		for (q = p; q > a && compare(q - size, q) > 0; q -= size)
			swap(q - size, q, size, unit);
}

/* ---- quicksort ---- */

/* Order the three elements x <= y <= z, in at most three comparisons. */
static void order3(char *x, char *y, char *z, size_t size, size_t unit, cmp_fn compare)
{
	if (compare(y, x) < 0)
		swap(x, y, size, unit);
	if (compare(z, y) < 0) {
		swap(y, z, size, unit);
		if (compare(y, x) < 0)
			swap(x, y, size, unit);
	}
}

/* Partition a[0..n) (n > SHORT_RUN) around a median of three and return
 * the pivot's final index p: afterwards a[0..p) <= a[p] <= a(p..n).
 *
 * Setup: order a[0], a[n/2], a[n-1], then move the median to a[0], where
 * it stays while the scans run.  Invariant of the loop: the elements
 * after a[0] and before lo are <= pivot, those after hi are >= pivot.
 * Neither scan needs a bounds test: lo, going up, stops at a[n-1] at the
 * latest (the largest of the three, so >= the pivot) or at an element the
 * last swap put behind hi; hi, going down, stops at a[0], the pivot
 * itself.  Both stop on elements equal to the pivot, so an array of equal
 * keys splits in the middle instead of degrading to n^2.  When the scans
 * meet (lo >= hi), *hi <= pivot and everything before it too, so the
 * pivot swaps into hi's slot. */
static size_t partition(char *a, size_t n, size_t size, size_t unit, cmp_fn compare)
{
	char *lo = a, *hi = a + n * size;

	order3(a, a + n / 2 * size, a + (n - 1) * size, size, unit, compare);
	swap(a, a + n / 2 * size, size, unit);
	for (;;) {
		do
			lo += size;
		while (compare(lo, a) < 0);
		do
			hi -= size;
		while (compare(hi, a) > 0);
		if (lo >= hi)
			break;
		swap(lo, hi, size, unit);
	}
	swap(a, hi, size, unit);
	return (size_t)(hi - a) / size;
}

/* Sort a[0..n) with at most `depth` more levels of partitioning before
 * heapsort takes over.  The smaller side recurses and the larger one
 * loops, so the stack holds at most log2 n frames. */
static void intro_sort(char *a, size_t n, size_t size, size_t unit, cmp_fn compare,
		       unsigned depth)
{
	while (n > SHORT_RUN) {
		size_t p, right;

		if (depth-- == 0) {
			heap_sort(a, n, size, unit, compare);
			return;
		}
		p = partition(a, n, size, unit, compare);
		right = n - p - 1;
		if (p < right) {
			intro_sort(a, p, size, unit, compare, depth);
			a += (p + 1) * size;
			n = right;
		} else {
			intro_sort(a + (p + 1) * size, right, size, unit, compare, depth);
			n = p;
		}
	}
	insertion_sort(a, n, size, unit, compare);
}

void qsort(void *base, size_t count, size_t size, cmp_fn compare)
{
	unsigned depth = 0;
	size_t n;

	if (count < 2 || size == 0)
		return;
	/* 2 floor(log2 count) lopsided levels before giving up on pivots:
	 * a random array almost never needs more than that. */
	for (n = count; n > 1; n >>= 1)
		depth += 2;
	intro_sort(base, count, size, swap_unit(base, size), compare, depth);
}
