/* memmem and strstr against a naive search: random texts over alphabets of
 * 1 to 4 letters (where matches and near-matches are everywhere), periodic
 * needles in periodic haystacks, every needle length around the 4-byte
 * boundary between the short path and two-way, a needle longer than the
 * haystack, the empty needle; and the needle whose hash collided with
 * every window of the old Rabin-Karp search, under a wall-clock guard that
 * only a quadratic search can reach. */
#define _GNU_SOURCE
#include <string.h>
#include <time.h>
#include "check.h"

/* Keep the compiler from computing any call at compile time. */
static void *hide(const void *p)
{
	__asm__("" : "+r"(p));
	return (void *)p;
}

/* On failure, say which case it was. */
#define CHECK_AT(cond, what, a, b, c) do { int ok_ = (cond); CHECK(ok_); \
	if (!ok_) { check_puts("    " what " at "); check_putll(a); check_puts(","); \
	check_putll(b); check_puts(","); check_putll(c); check_puts("\n"); } } while (0)

static const unsigned char *naive(const unsigned char *h, size_t hn, const unsigned char *n, size_t nn)
{
	for (size_t i = 0; i + nn <= hn; i++) {
		size_t k = 0;
		while (k < nn && h[i + k] == n[k])
			k++;
		if (k == nn)
			return h + i;
	}
	return NULL;
}

static unsigned long long rng = 0x9e3779b97f4a7c15ull;
static unsigned next_random(void)      /* xorshift64 */
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 32);
}

#define MAXH 600
static unsigned char hay[MAXH + 1], ndl[MAXH + 1];

/* One case: memmem over the bytes, and strstr over the same bytes with a
 * NUL after each (letters are never 0), both against the naive search. */
static void compare(size_t hn, size_t nn, const char *what, long a, long b)
{
	const unsigned char *want = naive(hay, hn, ndl, nn);

	CHECK_AT(memmem(hide(hay), hn, hide(ndl), nn) == want, "memmem", a, b, (long)nn);
	hay[hn] = ndl[nn] = 0;
	CHECK_AT(strstr(hide(hay), hide(ndl)) == (const char *)want, "strstr", a, b, (long)nn);
	(void)what;
}

/* Random haystacks; needles random, cut from the haystack, or cut and then
 * changed in one byte (the near-misses two-way must rule out). */
static void random_texts(void)
{
	for (int round = 0; round < 6000; round++) {
		unsigned letters = 1 + round % 4, base = round % 8 == 7 ? 0x7f : 'a';
		size_t hn = next_random() % (round < 3000 ? 64 : MAXH);
		size_t nn = next_random() % (round % 3 == 0 ? 8 : 40);
		unsigned how = next_random() % 3;

		if (nn > hn + 2)
			nn = next_random() % (hn + 3);  /* sometimes longer than hn */
		for (size_t i = 0; i < hn; i++)
			hay[i] = (unsigned char)(base + next_random() % letters);
		if (how && nn <= hn) {
			size_t at = next_random() % (hn - nn + 1);
			memcpy(ndl, hay + at, nn);
			if (how == 2 && nn)
				ndl[next_random() % nn] = (unsigned char)(base + next_random() % letters);
		} else {
			for (size_t i = 0; i < nn; i++)
				ndl[i] = (unsigned char)(base + next_random() % letters);
		}
		compare(hn, nn, "random", round, (long)hn);
	}
}

/* Repeat unit u (length len) to n bytes at p. */
static void repeat(unsigned char *p, size_t n, const char *u)
{
	size_t len = strlen(u);

	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)u[i % len];
}

/* Periodic needles in haystacks of the same period, with the period broken
 * at one place, or with one more letter at the end. */
static void periodic(void)
{
	static const char *units[] = { "a", "ab", "aab", "aba", "abaab", "abaababa", "aaab", "abc",
				       "abacaba", "baa", "abb" };

	for (size_t u = 0; u < sizeof units / sizeof *units; u++)
		for (size_t v = 0; v < sizeof units / sizeof *units; v++)
			for (size_t nn = 1; nn <= 30; nn += 1 + nn / 8)
				for (size_t hn = nn; hn <= 200; hn += 1 + hn / 4) {
					repeat(hay, hn, units[u]);
					repeat(ndl, nn, units[v]);
					compare(hn, nn, "periodic", (long)u, (long)v);
					/* the needle ends in a letter the period lacks */
					ndl[nn - 1] = 'c';
					compare(hn, nn, "periodic+c", (long)u, (long)v);
					repeat(ndl, nn, units[v]);
					/* the haystack's period broken once, the needle at its end */
					hay[hn / 2] ^= 3;
					compare(hn, nn, "broken", (long)u, (long)v);
					memcpy(hay + hn - nn, ndl, nn);
					compare(hn, nn, "at end", (long)u, (long)v);
				}
}

/* Words whose structure defeats simple heuristics: Fibonacci and
 * Thue-Morse prefixes, as needles in longer texts of the same kind. */
static void words(void)
{
	static unsigned char fib[MAXH], tm[MAXH];
	size_t a = 1, b = 2;

	fib[0] = 'a';           /* f(n) = f(n-1) f(n-2): a, ab, aba, abaab, ... */
	fib[1] = 'b';
	while (a + b <= MAXH) {
		memcpy(fib + b, fib, a);
		b += a;
		a = b - a;
	}
	for (size_t i = 0; i < MAXH; i++)
		tm[i] = __builtin_popcount((unsigned)i) & 1 ? 'b' : 'a';
	for (int which = 0; which < 2; which++) {
		const unsigned char *w = which ? tm : fib;
		size_t wn = which ? MAXH : b;

		for (size_t nn = 1; nn < 80; nn++)
			for (size_t off = 0; off < 40; off += 3) {
				memcpy(hay, w, wn);
				memcpy(ndl, w + off, nn);
				compare(wn, nn, "word", which, (long)off);
				ndl[nn - 1] ^= 3;
				compare(wn, nn, "word changed", which, (long)off);
			}
	}
}

static void edges(void)
{
	const char *s = hide("abcabcabd");

	CHECK(memmem(s, 9, s, 0) == s);                 /* the empty needle */
	CHECK(memmem(s, 0, s, 0) == s);
	CHECK(memmem(s, 0, hide("a"), 1) == NULL);
	CHECK(memmem(s, 3, hide("abca"), 4) == NULL);   /* longer than the haystack */
	CHECK(memmem(s, 8, hide("abcabcabd"), 9) == NULL);
	CHECK(memmem(s, 9, hide("abcabcabd"), 9) == s);
	CHECK(strstr(s, hide("")) == s);
	CHECK(strstr(hide(""), hide("")) != NULL);
	CHECK(strstr(hide("ab"), hide("abc")) == NULL);
	/* every needle length across the short path's end, at the very end */
	for (size_t nn = 1; nn <= 12; nn++) {
		repeat(hay, 40, "xy");
		repeat(ndl, nn, "q");
		memcpy(hay + 40 - nn, ndl, nn);
		CHECK_AT(memmem(hide(hay), 40, hide(ndl), nn) == hay + 40 - nn, "at end", (long)nn, 0, 0);
		CHECK_AT(memmem(hide(hay), 39, hide(ndl), nn) == NULL, "one short", (long)nn, 0, 0);
		hay[40] = 0;
		ndl[nn] = 0;
		CHECK_AT(strstr(hide(hay), hide(ndl)) == (char *)hay + 40 - nn, "strstr at end", (long)nn, 0, 0);
	}
	/* bytes above 0x7f compare as unsigned char */
	CHECK(memmem(hide("\x80\xff\x01\xff\xfe\x80"), 6, hide("\xff\xfe\x80"), 3) != NULL);
	CHECK(memmem(hide("\x80\xff\x01\xff\xfe\x80\x81"), 7, hide("\xff\xfe\x80\x81\x00"), 5) == NULL);
	CHECK(memmem(hide("x\0\0\0\0\0a"), 7, hide("\0\0\0\0a"), 5) != NULL);
}

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* 400,000 bytes of 'a', and a needle of 8,000: 'a's, then the 16-letter
 * Thue-Morse word over '`' and 'b'.  Its hash mod 2^32 in base 257 equals
 * that of 8,000 'a's, so the old Rabin-Karp compared 8,000 bytes at each of
 * the 392,000 windows: 3 * 10^9 byte compares, 4.7 s natively for the four
 * searches below, more under qemu.  A linear search reads each haystack
 * byte a few times at most: 0.6 ms natively, 1.3-2.2 ms under qemu on the
 * development machine.  The guard, 1 s for all four, is 450 times the
 * slowest of those, and a quadratic search cannot come near it. */
static void adversarial(void)
{
	enum { HN = 400000, NN = 8000 };
	static char h[HN + 1], n[NN + 1];
	double t0, t;

	memset(h, 'a', HN);
	memset(n, 'a', NN);
	for (int i = 0; i < 16; i++)
		n[NN - 16 + i] = __builtin_popcount((unsigned)i) & 1 ? '`' : 'b';
	t0 = seconds();
	CHECK(memmem(hide(h), HN, hide(n), NN) == NULL);
	CHECK(strstr(hide(h), hide(n)) == NULL);
	memcpy(h + HN - NN, n, NN);                     /* now it ends the haystack */
	CHECK(memmem(hide(h), HN, hide(n), NN) == h + HN - NN);
	CHECK(strstr(hide(h), hide(n)) == h + HN - NN);
	t = seconds() - t0;
	CHECK(t < 1.0);
	if (t >= 1.0) {
		check_puts("    the four searches took ");
		check_putll((long long)(t * 1000));
		check_puts(" ms\n");
	}
}

int main(void)
{
	(void)check_skip;       /* check.h's, unused here */
	edges();
	random_texts();
	periodic();
	words();
	adversarial();
	return check_done();
}
