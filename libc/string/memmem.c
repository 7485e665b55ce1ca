#include <stdint.h>
#include <string.h>
#include "internal/defs.h"

/* Find the needle's nn bytes among the haystack's hn: Rabin-Karp.
 *
 * Each window of nn haystack bytes gets a hash, the number its bytes spell
 * in base B (mod 2^32).  Sliding the window one byte right is O(1): drop the
 * leftmost byte's share (byte * B^(nn-1)), shift by one digit (* B), add
 * the new byte.  Bytes are only compared where the hashes agree, so the
 * search is linear in practice, without the quadratic worst case of
 * "compare at every position" on inputs like "aaaa...ab". */
#define B 257u

void *__memmem(const void *haystack, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = haystack, *n = needle;
	uint32_t hash_n = 0, hash_h = 0, top = 1;   /* top = B^(nn-1) */
	size_t i;

	if (nn == 0)
		return (void *)h;
	if (nn > hn)
		return NULL;
	if (nn == 1)
		return memchr(h, n[0], hn);
	for (i = 0; i < nn; i++) {
		hash_n = hash_n * B + n[i];
		hash_h = hash_h * B + h[i];
		if (i)
			top *= B;
	}
	for (i = 0;; i++) {
		if (hash_h == hash_n && memcmp(h + i, n, nn) == 0)
			return (void *)(h + i);
		if (i == hn - nn)
			return NULL;
		hash_h = (hash_h - h[i] * top) * B + h[i + nn];
	}
}
weak_alias(__memmem, memmem);
