#include <stdlib.h>
#include "internal/word.h"

/* qsort as a heapsort: O(n log n) comparisons on every input (sorted,
 * reversed, all equal, adversarial), no recursion, no extra memory.  Not
 * stable, which the C standard allows.
 *
 * The array is seen as a binary tree: the children of element i are 2i+1
 * and 2i+2.  A "heap" is a tree where each parent compares >= its
 * children, so its root is the largest element. */

typedef int (*cmp_fn)(const void *, const void *);

/* Exchange two elements, a word at a time when their addresses and size
 * allow it (the common case of ints, pointers and structs of them). */
static void swap(char *a, char *b, size_t size)
{
	if (WORD_ALIGNED(a) && WORD_ALIGNED(b) && WORD_ALIGNED(size)) {
		word *x = (word *)a, *y = (word *)b, t;

		for (; size; size -= WORD_SIZE, x++, y++) {
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

/* Restore the heap below `root` among the first n elements, when only the
 * root may be out of place: move it down past its larger child until both
 * its children compare below it. */
static void sift_down(char *base, size_t root, size_t n, size_t size, cmp_fn compare)
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
		swap(base + root * size, base + child * size, size);
		root = child;
	}
}

void qsort(void *base, size_t count, size_t size, cmp_fn compare)
{
	char *a = base;
	size_t i;

	if (count < 2 || size == 0)
		return;
	/* Build the heap bottom-up: every parent, last one first. */
	for (i = count / 2; i-- > 0;)
		sift_down(a, i, count, size, compare);
	/* Move the largest (the root) behind the heap, which shrinks by one,
	 * and repair the heap; the sorted tail grows from the end. */
	for (i = count - 1; i > 0; i--) {
		swap(a, a + i * size, size);
		sift_down(a, 0, i, size, compare);
	}
}
