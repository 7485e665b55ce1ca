#include <stdint.h>
#include <string.h>
#include "internal/defs.h"
#include "internal/word.h"

/* Find the needle's nn bytes among the haystack's hn, in time linear in
 * hn + nn whatever the bytes: the two-way algorithm of Crochemore and
 * Perrin ("Two-way string-matching", J. ACM 38, 1991), with a Horspool
 * skip on byte pairs in front of it.  Needles of 2 to 4 bytes take a
 * simpler path, one integer compare per haystack byte.
 *
 * Two-way in brief.  Cut the needle n into a left part n[0..ell) and a
 * right part n[ell..nn) at a "critical" position ell, below the needle's
 * period p (the least p with n[i] == n[i + p] wherever both exist).  At
 * each window h[pos..pos+nn):
 *   1. compare the right part left to right; a mismatch at i rules out
 *      every start up to pos + i - ell (at a critical position no shorter
 *      shift lines the right part up again): move on by i - ell + 1;
 *   2. then the left part right to left; a mismatch rules out every start
 *      before pos + p: move on by p.
 * Each byte compared in step 1 is paid for by the shift, and step 2
 * compares fewer than p bytes before a shift by p, so the search is linear.
 * One case needs more: when the whole needle repeats with period p, a shift
 * by p lands where the window's first nn - p bytes are already known to
 * match (they were the last nn - p of the window before), so step 1 starts
 * after them (`known`) instead of comparing them again.  When the needle
 * does not repeat, no occurrence can start less than max(ell, nn - ell) + 1
 * after a step-2 mismatch, a longer shift than p.
 *
 * Before either step, when nothing about the window is known, its last
 * two bytes: if that pair does not end the needle, the next start that
 * can match puts the pair's last occurrence in the needle under it (a
 * shift of nn - 1 when the pair does not occur: the window's last byte
 * could still be the needle's first).  The pairs are hashed into 256
 * slots, each holding the shortest shift of the pairs that share it, so
 * a shift is never too long.  Pairs are rarer than bytes: on text most
 * windows move nn - 1 on, and the branch that says so is predictable (a
 * last-byte skip moved a 16-byte needle through text 1.9 times slower
 * than glibc's pair skip, mispredicting on one window in four).  When
 * many short moves go by without the two-way steps running, the needle's
 * last byte is rare in the haystack, and memchr finds the next one faster
 * than window after window could.  The skip never runs when `known` bytes are, so the
 * two-way steps see the windows plain two-way would: the search stays
 * linear. */

#define PAIR_SLOT(a, b) (((size_t)(a) << 3 ^ (b)) & 255)

/* The start of the lexicographically greatest suffix of n[0..nn), bytes
 * compared in their order (flip 0) or in the reverse order (flip 0xff: the
 * XOR turns a < b into a > b), and in *period the period of that suffix.
 *
 * One pass: `best` is the greatest suffix so far, `next` a later start
 * that is compared against it, k bytes of them agree so far, and p is the
 * period of the greatest suffix seen so far. */
static size_t greatest_suffix(const unsigned char *n, size_t nn, unsigned flip, size_t *period)
{
	size_t best = 0, next = 1, k = 0, p = 1;

	while (next + k < nn) {
		unsigned a = n[best + k] ^ flip, b = n[next + k] ^ flip;

		if (a == b) {
			/* The two agree; after a whole period, `next` moves
			 * on by one period: it starts the same way again.
			 * next - best is a multiple of p, so n[best + k] is
			 * n[next + k - p], and agreeing goes on exactly as far
			 * as the bytes from next + k on repeat those p before
			 * them.  Find where that stops in a tight loop, a word
			 * at a time while a word is left, then account for the
			 * whole periods passed.  (Round by round, a needle of
			 * 5,000 equal bytes took 5,000 rounds of this loop.) */
			size_t x = next + k + 1;

			while (nn - x >= WORD_SIZE && word_load(n + x) == word_load(n + x - p))
				x += WORD_SIZE;
			while (x < nn && n[x] == n[x - p])
				x++;
			k = x - next;
			if (k >= p) {
				next += k - k % p;
				k %= p;
			}
		} else if (b < a) {
			/* n[next..] is smaller, and so are the suffixes that
			 * start inside the k + 1 bytes compared: the greatest
			 * suffix's period now reaches past all of them. */
			next += k + 1;
			k = 0;
			p = next - best;
		} else {
			/* n[next..] is greater: it is the new best. */
			best = next++;
			k = 0;
			p = 1;
		}
	}
	*period = p;
	return best;
}

static void *two_way(const unsigned char *h, size_t hn, const unsigned char *n, size_t nn)
{
	size_t skip[256], ell, p, rev, p_rev, pos = 0, known = 0, misses = 0, i, s;
	const unsigned char *end;
	int repeats;

	/* The critical position: the later of the two greatest suffixes'
	 * starts (Crochemore and Perrin's theorem), with that suffix's
	 * period, which is then the needle's local period there. */
	ell = greatest_suffix(n, nn, 0, &p);
	rev = greatest_suffix(n, nn, 0xff, &p_rev);
	if (rev >= ell) {
		ell = rev;
		p = p_rev;
	}
	/* The needle has period p exactly when its left part also repeats
	 * p bytes on (p <= nn - ell: p is a period of the right part). */
	repeats = memcmp(n, n + p, ell) == 0;
	if (!repeats)
		p = (ell > nn - ell ? ell : nn - ell) + 1;

	/* skip[slot of the pair a, b]: how far the window may move when it
	 * ends in a, b: from the end of the last pair in that slot to the
	 * needle's end (0 for the needle's own last pair, nn - 1 when no
	 * pair is in the slot).  Later pairs overwrite earlier ones with a
	 * shorter shift. */
	for (i = 0; i < 256; i++)
		skip[i] = nn - 1;
	for (i = 1; i < nn; i++)
		skip[PAIR_SLOT(n[i - 1], n[i])] = nn - 1 - i;

	while (hn - pos >= nn) {
		if (!known) {
			/* Windows ending in a pair the needle lacks, the
			 * common case, in a loop of their own.  The constant
			 * shift lets the processor (predicting the branch)
			 * start on the next window before this one's loads
			 * are done; pos += s would wait for them, 12 cycles a
			 * window. */
			while ((s = skip[PAIR_SLOT(h[pos + nn - 2], h[pos + nn - 1])]) == nn - 1)
				if ((pos += nn - 1) > hn - nn)
					return NULL;
			if (s) {
				pos += s;
				if (++misses < 16 || hn - pos < nn)
					continue;
				/* Sixteen short moves since the two-way steps
				 * last ran: the haystack has few of the
				 * needle's last byte.  memchr, reading a block
				 * at a time, finds the next one, and the window
				 * moves on to end there. */
				misses = 0;
				end = memchr(h + pos + nn - 1, n[nn - 1], hn - pos - nn + 1);
				if (!end)
					return NULL;
				pos = end - (h + nn - 1);
				continue;
			}
		}
		misses = 0;
		/* Step 1: the right part, from what is not yet known. */
		for (i = ell > known ? ell : known; i < nn && n[i] == h[pos + i]; i++)
			;
		if (i < nn) {
			pos += i - ell + 1;
			known = 0;
			continue;
		}
		/* Step 2: the left part, right to left, down to the known. */
		for (i = ell; i > known && n[i - 1] == h[pos + i - 1]; i--)
			;
		if (i <= known)
			return (void *)(h + pos);
		pos += p;
		known = repeats ? nn - p : 0;
	}
	return NULL;
}

/* Needles of 2 to 4 bytes: the last nn haystack bytes packed into one
 * integer, one byte shifted in per step, compared with the needle packed
 * the same way. */
static void *short_needle(const unsigned char *h, size_t hn, const unsigned char *n, size_t nn)
{
	uint32_t mask = 0xffffffffu >> (32 - 8 * nn), want = 0, have = 0;
	size_t i;

	for (i = 0; i < nn; i++) {
		want = want << 8 | n[i];
		have = have << 8 | h[i];
	}
	for (;; i++) {
		if ((have & mask) == want)
			return (void *)(h + i - nn);
		if (i == hn)
			return NULL;
		have = have << 8 | h[i];
	}
}

void *__memmem(const void *haystack, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = haystack, *n = needle, *first;

	if (nn == 0)
		return (void *)h;
	if (nn > hn)
		return NULL;
	/* No occurrence starts before the needle's first byte. */
	first = memchr(h, n[0], hn - nn + 1);
	if (!first || nn == 1)
		return (void *)first;
	hn -= first - h;
	if (nn <= 4)
		return short_needle(first, hn, n, nn);
	return two_way(first, hn, n, nn);
}
weak_alias(__memmem, memmem);
