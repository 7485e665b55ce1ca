/* <string.h> and <strings.h>: every function, against naive references for
 * every alignment 0..15 and length 0..64, strings that end at the last byte
 * before an unmapped page (word-at-a-time code must not fault), and the
 * edge cases of each function.  strerror and strsignal texts are glibc's. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

/* Under _GNU_SOURCE (as here) strerror_r is the GNU one, which returns
 * the message; the XSI one is __xpg_strerror_r, in glibc and taskrt alike
 * (taskrt's <string.h> declares it; glibc's only without _GNU_SOURCE,
 * where test/strerror_r_posix.c sees it as strerror_r). */
#if !defined(TASKRT) && defined(__GLIBC__)
int __xpg_strerror_r(int errnum, char *buf, size_t len);
#endif

#define N 64            /* lengths 0..N */
#define OFFS 16         /* offsets 0..15 */
#define BUF (OFFS + N + 32)

/* The compiler knows what strlen("abc") is and would never call the
 * library for it: hide every pointer behind an empty asm. */
static void *hide(const void *p)
{
	__asm__("" : "+r"(p));
	return (void *)p;
}
#define H(s) ((char *)hide(s))

/* On failure, say which case it was. */
#define CHECK_AT(cond, what, a, b, c) do { int ok_ = (cond); CHECK(ok_); \
	if (!ok_) { check_puts("    " what " at "); check_putll(a); check_puts(","); \
	check_putll(b); check_puts(","); check_putll(c); check_puts("\n"); } } while (0)

static _Alignas(16) unsigned char src[BUF], dst[BUF], ref[BUF];

/* Naive references, through volatile so they stay plain loops. */
static void ref_copy(unsigned char *d, const unsigned char *s, size_t n)
{
	volatile unsigned char *vd = d;
	const volatile unsigned char *vs = s;

	while (n--)
		*vd++ = *vs++;
}

/* A recognisable pattern with no zero byte, high bytes included. */
static void fill(unsigned char *b, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		b[i] = (unsigned char)(1 + (i * 37 + seed * 11) % 255);
}

static void test_memcpy_memset(void)
{
	for (size_t so = 0; so < OFFS; so++)
		for (size_t d = 0; d < OFFS; d++)
			for (size_t n = 0; n <= N; n++) {
				fill(src, BUF, 1);
				fill(dst, BUF, 2);
				fill(ref, BUF, 2);
				ref_copy(ref + d, src + so, n);
				CHECK_AT(memcpy(H(dst + d), H(src + so), n) == (void *)(dst + d),
					 "memcpy return", so, d, n);
				CHECK_AT(memcmp(dst, ref, BUF) == 0, "memcpy", so, d, n);
			}
	for (size_t d = 0; d < OFFS; d++)
		for (size_t n = 0; n <= N; n++) {
			int c = (int)(d * 17 + n) % 3 == 0 ? 0 : 0x1a5;   /* only the low byte counts */
			fill(dst, BUF, 3);
			fill(ref, BUF, 3);
			for (size_t i = 0; i < n; i++)
				ref[d + i] = (unsigned char)c;
			void *(*volatile set)(void *, int, size_t) = memset;   /* not gcc's own */

			CHECK_AT(set(dst + d, c, n) == dst + d, "memset return", d, n, c);
			CHECK_AT(memcmp(dst, ref, BUF) == 0, "memset", d, n, c);
			fill(dst, BUF, 3);
			for (size_t i = 0; i < n; i++)
				ref[d + i] = 0;
			bzero(H(dst + d), n);
			CHECK_AT(memcmp(dst, ref, BUF) == 0, "bzero", d, n, 0);
		}
	CHECK(mempcpy(H(dst), H("abc"), 3) == dst + 3);
	CHECK(memcmp(dst, "abc", 3) == 0);
	CHECK(mempcpy(H(dst), H(src), 0) == dst);
}

/* Copies and fills of 33 bytes up, past each size where the x86_64
 * memcpy changes its method; from 2048 on, it picks between rep movsb
 * and its rounds by the distance of dst above src modulo 4 KiB: every
 * distance near 0 and 64 that way, and memmove in both directions over
 * short and long distances. */
#define BIG 9000
static unsigned char big[3 * BIG + 8192], bigref[3 * BIG + 8192];

static void test_big_copies(void)
{
	static const size_t sizes[] = { 33, 64, 65, 100, 127, 128, 129, 191, 192, 193, 256, 257, 1000, 2047, 2048, 2049, 4096, 5000, BIG };
	static const size_t dists[] = { 0, 1, 2, 15, 16, 31, 32, 33, 62, 63, 64, 65, 4095, 4096 + 3 };

	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
		for (size_t j = 0; j < sizeof dists / sizeof *dists; j++) {
			size_t n = sizes[i], so = 5, d = so + BIG + 4096 + dists[j];

			fill(big, sizeof big, 5);
			fill(bigref, sizeof big, 5);
			ref_copy(bigref + d, big + so, n);
			CHECK_AT(memcpy(H(big + d), H(big + so), n) == big + d, "big memcpy return", n, dists[j], 0);
			CHECK_AT(memcmp(big, bigref, sizeof big) == 0, "big memcpy", n, dists[j], 0);
			for (int up = 0; up < 2; up++) {
				size_t from = BIG, to = up ? BIG + dists[j] % 200 : BIG - dists[j] % 200;

				fill(big, sizeof big, 6);
				fill(bigref, sizeof big, 6);
				for (size_t k = 0; k < n; k++)
					big[2 * BIG + 4096 + k] = bigref[from + k];   /* a copy of the source */
				ref_copy(bigref + to, big + 2 * BIG + 4096, n);   /* the reference move */
				ref_copy(big + 2 * BIG + 4096, bigref + 2 * BIG + 4096, n);
				CHECK_AT(memmove(H(big + to), H(big + from), n) == big + to, "big memmove return", n, dists[j], up);
				CHECK_AT(memcmp(big, bigref, sizeof big) == 0, "big memmove", n, dists[j], up);
			}
			/* memset past each of its sizes too (x86_64: 64, 128,
			 * 256 and 2048), the start misaligned by dists[j] */
			void *(*volatile set)(void *, int, size_t) = memset;   /* not gcc's own */
			fill(big, sizeof big, 7);
			fill(bigref, sizeof big, 7);
			for (size_t k = 0; k < n; k++)
				bigref[d + k] = 0xa5;
			CHECK_AT(set(big + d, 0x3a5, n) == big + d, "big memset return", n, dists[j], 0);
			CHECK_AT(memcmp(big, bigref, sizeof big) == 0, "big memset", n, dists[j], 0);
		}
}

/* Overlapping moves in both directions: the reference copies through a
 * third buffer. */
static void test_memmove(void)
{
	static unsigned char tmp[BUF];

	for (size_t so = 0; so < OFFS + 8; so++)
		for (size_t d = 0; d < OFFS + 8; d++)
			for (size_t n = 0; n <= N; n++) {
				fill(dst, BUF, 4);
				fill(ref, BUF, 4);
				ref_copy(tmp, ref + so, n);
				ref_copy(ref + d, tmp, n);
				CHECK_AT(memmove(H(dst + d), H(dst + so), n) == dst + d,
					 "memmove return", so, d, n);
				CHECK_AT(memcmp(dst, ref, BUF) == 0, "memmove", so, d, n);
			}
	/* the classic: shift a string right and left by one */
	strcpy((char *)dst, "0123456789");
	memmove(H(dst + 1), H(dst), 11);
	CHECK_STR((char *)dst, "00123456789");
	memmove(H(dst), H(dst + 1), 12);
	CHECK_STR((char *)dst, "0123456789");
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void test_memcmp(void)
{
	for (size_t a = 0; a < OFFS; a++)
		for (size_t b = 0; b < OFFS; b += 3)
			for (size_t n = 0; n <= N; n++)
				for (size_t diff = 0; diff <= n; diff += 1 + n / 8) {
					/* equal up to diff, then src's byte is the larger */
					fill(src, BUF, 5);
					ref_copy(dst + b, src + a, n);
					if (diff < n) {
						src[a + diff] = 0xf0;
						dst[b + diff] = 0x70;
					}
					int want = diff < n ? 1 : 0;
					CHECK_AT(sign(memcmp(H(src + a), H(dst + b), n)) == want,
						 "memcmp", a, b, n * 100 + diff);
					CHECK_AT(sign(memcmp(H(dst + b), H(src + a), n)) == -want,
						 "memcmp reversed", a, b, n * 100 + diff);
				}
	CHECK(memcmp(H("\x80"), H("\x7f"), 1) > 0);      /* unsigned bytes */
	CHECK(memcmp(H("abc"), H("abd"), 2) == 0);
	CHECK(memcmp(H(""), H("x"), 0) == 0);
}

static void test_memchr(void)
{
	for (size_t o = 0; o < OFFS; o++)
		for (size_t n = 0; n <= N; n++) {
			fill(src, BUF, 6);
			/* 0xa5 absent; a 0x01 byte before where it goes, to catch
			 * word tricks that misreport positions */
			for (size_t i = 0; i < BUF; i++)
				if (src[i] == 0xa5)
					src[i] = 0x01;
			CHECK_AT(memchr(H(src + o), 0xa5, n) == NULL, "memchr none", o, n, 0);
			CHECK_AT(memrchr(H(src + o), 0xa5, n) == NULL, "memrchr none", o, n, 0);
			for (size_t at = 0; at < n; at++) {
				src[o + at] = 0xa5;
				CHECK_AT(memchr(H(src + o), 0xa5, n) == src + o + at, "memchr", o, n, at);
				CHECK_AT(memchr(H(src + o), 0x3a5, n) == src + o + at, "memchr int", o, n, at);
				CHECK_AT(memchr(H(src + o), 0xa5, at) == NULL, "memchr short", o, n, at);
				CHECK_AT(memrchr(H(src + o), 0xa5, n) == src + o + at, "memrchr", o, n, at);
				src[o + at] = 0x01;
			}
			/* a second match: memchr finds the first, memrchr the last */
			if (n >= 2) {
				src[o] = src[o + n - 1] = 0;
				CHECK_AT(memchr(H(src + o), 0, n) == src + o, "memchr first", o, n, 0);
				CHECK_AT(memrchr(H(src + o), 0, n) == src + o + n - 1, "memrchr last", o, n, 0);
			}
		}
	CHECK(memchr(H("abc"), 'c' - 256, 3) != NULL);   /* (unsigned char)c */
	CHECK(memrchr(H("abc"), 'a', 0) == NULL);
}

/* strlen, strnlen, strchr, strchrnul, strrchr, stpcpy, strcpy, strcmp
 * for every offset and length. */
static void test_string_scans(void)
{
	for (size_t o = 0; o < OFFS; o++)
		for (size_t n = 0; n <= N; n++) {
			char *s = (char *)src + o;

			fill(src, BUF, 7);
			for (size_t i = 0; i < BUF; i++)
				if (src[i] == 'x' || src[i] == 0x80)
					src[i] = 0x81;
			src[o + n] = 0;
			CHECK_AT(strlen(H(s)) == n, "strlen", o, n, 0);
			CHECK_AT(strnlen(H(s), n) == n, "strnlen =", o, n, 0);
			CHECK_AT(strnlen(H(s), n + 5) == n, "strnlen >", o, n, 0);
			CHECK_AT(strnlen(H(s), n / 2) == n / 2, "strnlen <", o, n, 0);
			CHECK_AT(strchr(H(s), 0) == s + n, "strchr 0", o, n, 0);
			CHECK_AT(strrchr(H(s), 0) == s + n, "strrchr 0", o, n, 0);
			CHECK_AT(strchrnul(H(s), 'x') == s + n, "strchrnul none", o, n, 0);
			/* NULs before s (in its aligned block, which the
			 * word-at-a-time scans read) must not end it: */
			unsigned char before[OFFS];

			memcpy(before, src, o);
			memset(src, 0, o);
			CHECK_AT(strlen(H(s)) == n, "strlen NULs before", o, n, 0);
			CHECK_AT(strnlen(H(s), n + 5) == n, "strnlen NULs before", o, n, 0);
			CHECK_AT(strchr(H(s), 0) == s + n, "strchr 0 NULs before", o, n, 0);
			CHECK_AT(strchr(H(s), 'x') == NULL, "strchr NULs before", o, n, 0);
			memcpy(src, before, o);
			CHECK_AT(strchr(H(s), 'x') == NULL, "strchr none", o, n, 0);
			CHECK_AT(strrchr(H(s), 'x') == NULL, "strrchr none", o, n, 0);
			for (size_t at = 0; at < n; at++) {
				char save = s[at];

				s[at] = (char)0x80;
				CHECK_AT(strchr(H(s), 0x80) == s + at, "strchr", o, n, at);
				CHECK_AT(strchr(H(s), (char)0x80) == s + at, "strchr signed", o, n, at);
				CHECK_AT(strchrnul(H(s), 0x80) == s + at, "strchrnul", o, n, at);
				CHECK_AT(strrchr(H(s), 0x80) == s + at, "strrchr", o, n, at);
				s[at] = save;
			}
			for (size_t d = 0; d < OFFS; d += 5) {
				char *t = (char *)dst + d;

				fill(dst, BUF, 8);
				fill(ref, BUF, 8);
				ref_copy(ref + d, (unsigned char *)s, n + 1);
				CHECK_AT(stpcpy(H(t), H(s)) == t + n, "stpcpy return", o, d, n);
				CHECK_AT(memcmp(dst, ref, BUF) == 0, "stpcpy", o, d, n);
				fill(dst, BUF, 8);
				CHECK_AT(strcpy(H(t), H(s)) == t, "strcpy return", o, d, n);
				CHECK_AT(memcmp(dst, ref, BUF) == 0, "strcpy", o, d, n);
				CHECK_AT(strcmp(H(t), H(s)) == 0, "strcmp equal", o, d, n);
				CHECK_AT(strncmp(H(t), H(s), n + 3) == 0, "strncmp equal", o, d, n);
				if (n) {
					t[n - 1] = (char)0xff;   /* the largest byte */
					CHECK_AT(strcmp(H(t), H(s)) > 0, "strcmp >", o, d, n);
					CHECK_AT(strcmp(H(s), H(t)) < 0, "strcmp <", o, d, n);
					CHECK_AT(strncmp(H(s), H(t), n - 1) == 0, "strncmp n-1", o, d, n);
					CHECK_AT(strncmp(H(s), H(t), n) < 0, "strncmp <", o, d, n);
					t[n - 1] = 0;            /* t is now a prefix of s */
					CHECK_AT(strcmp(H(t), H(s)) < 0, "strcmp prefix", o, d, n);
				}
			}
		}
}

/* The word-at-a-time functions must not read past a string that ends at
 * the last byte of a page followed by an unmapped one. */
static void test_page_end(void)
{
	long page = sysconf(_SC_PAGESIZE);     /* 64 KiB on ppc64el's kernel */
	char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK(map != MAP_FAILED);
	if (map == MAP_FAILED)
		return;
	CHECK_INT(mprotect(map + page, page, PROT_NONE), 0);
	for (size_t n = 0; n < 40; n++) {
		char *s = map + page - 1 - n;       /* n characters, then the zero */
		char buf[64];

		memset(map, 'a', page);
		map[page - 1] = 0;
		CHECK_AT(strlen(H(s)) == n, "strlen page", n, 0, 0);
		CHECK_AT(strnlen(H(s), 1000) == n, "strnlen page", n, 0, 0);
		CHECK_AT(strchr(H(s), 'z') == NULL, "strchr page", n, 0, 0);
		CHECK_AT(strchrnul(H(s), 'z') == s + n, "strchrnul page", n, 0, 0);
		CHECK_AT(strrchr(H(s), 'z') == NULL, "strrchr page", n, 0, 0);
		CHECK_AT(memchr(H(s), 'z', n + 1) == NULL, "memchr page", n, 0, 0);
		CHECK_AT(memrchr(H(s), 'z', n + 1) == NULL, "memrchr page", n, 0, 0);
		CHECK_AT(stpcpy(buf, H(s)) == buf + n, "stpcpy page", n, 0, 0);
		CHECK_AT(strcmp(H(s), buf) == 0, "strcmp page", n, 0, 0);
		CHECK_AT(strcmp(buf, H(s)) == 0, "strcmp page, second", n, 0, 0);
		CHECK_AT(memcmp(H(s), buf, n + 1) == 0, "memcmp page", n, 0, 0);
		CHECK_AT(strstr(H(s), "ab") == NULL, "strstr page", n, 0, 0);
		CHECK_AT(strspn(H(s), "a") == n, "strspn page", n, 0, 0);
		CHECK_AT(strcspn(H(s), "b") == n, "strcspn page", n, 0, 0);
		CHECK_AT(strcasecmp(H(s), buf) == 0, "strcasecmp page", n, 0, 0);
	}
	/* memchr stops at its match (C17 7.24.5.1): a count past the page
	 * is fine when the byte is found before it.  strnlen counts on it,
	 * and lengths past a vector round (128 bytes) check the rounds, as
	 * strlen's and strchr's that end at the page's end. */
	size_t volatile huge = SIZE_MAX;    /* (a constant: gcc rejects it) */

	for (size_t n = 0; n < 400; n++) {
		char *s = map + page - 1 - n;

		memset(map, 'a', page);
		map[page - 1] = 0;
		CHECK_AT(memchr(H(s), 0, 4096) == s + n, "memchr past the page", n, 0, 0);
		CHECK_AT(memchr(H(s), 0, huge) == s + n, "memchr SIZE_MAX", n, 0, 0);
		CHECK_AT(strlen(H(s)) == n, "strlen at the page's end", n, 0, 0);
		CHECK_AT(strchr(H(s), 'z') == NULL, "strchr at the page's end", n, 0, 0);
		if (n) {
			s[n / 2] = 'z';
			CHECK_AT(memchr(H(s), 'z', 4096) == s + n / 2, "memchr mid page", n, 0, 0);
			CHECK_AT(strchr(H(s), 'z') == s + n / 2, "strchr mid page", n, 0, 0);
		}
	}
	munmap(map, 2 * page);
}

static void test_copies(void)
{
	static volatile size_t zero;
	char b[16];

	/* strncpy pads with zeros and does not terminate when s is too long */
	memset(b, 'x', sizeof b);
	CHECK(strncpy(b, H("abc"), 6) == b);
	CHECK(memcmp(b, "abc\0\0\0x", 7) == 0);
	memset(b, 'x', sizeof b);
	strncpy(b, H("abcdef"), 3);
	CHECK(memcmp(b, "abcx", 4) == 0);
	memset(b, 'x', sizeof b);
	CHECK(strncpy(b, H("abc"), zero) == b && b[0] == 'x');
	memset(b, 'x', sizeof b);
	CHECK(stpncpy(b, H("abc"), 6) == b + 3);
	CHECK(memcmp(b, "abc\0\0\0x", 7) == 0);
	CHECK(stpncpy(b, H("abcdef"), 4) == b + 4);
	CHECK(memcmp(b, "abcd\0", 5) == 0);

	strcpy(b, "ab");
	CHECK(strcat(b, H("cd")) == b);
	CHECK_STR(b, "abcd");
	CHECK_STR(strcat(b, H("")), "abcd");
	CHECK(strncat(b, H("efgh"), 2) == b);
	CHECK_STR(b, "abcdef");
	CHECK_STR(strncat(b, H("gh"), 10), "abcdefgh");
	CHECK_STR(strncat(b, H("ij"), 0), "abcdefgh");

	/* strlcpy / strlcat: always terminated, return the untruncated length
	 * (POSIX 2024; glibc has them from 2.38 on) */
#if defined(TASKRT) || !defined(__GLIBC__) || __GLIBC__ > 2 || __GLIBC_MINOR__ >= 38
	memset(b, 'x', sizeof b);
	CHECK_INT(strlcpy(b, H("hello"), sizeof b), 5);
	CHECK_STR(b, "hello");
	CHECK_INT(strlcpy(b, H("hello"), 3), 5);
	CHECK_STR(b, "he");
	CHECK_INT(strlcpy(b, H("hello"), 6), 5);
	CHECK_STR(b, "hello");
	b[0] = 'q';
	CHECK_INT(strlcpy(b, H("hello"), 0), 5);
	CHECK(b[0] == 'q');
	CHECK_INT(strlcpy(b, H(""), 4), 0);
	CHECK_STR(b, "");
	strcpy(b, "ab");
	CHECK_INT(strlcat(b, H("cd"), sizeof b), 4);
	CHECK_STR(b, "abcd");
	CHECK_INT(strlcat(b, H("efgh"), 7), 8);
	CHECK_STR(b, "abcdef");
	CHECK_INT(strlcat(b, H("xyz"), 7), 9);
	CHECK_STR(b, "abcdef");
	CHECK_INT(strlcat(b, H("xyz"), 3), 6);       /* no zero in 3 bytes: size + len */
	CHECK_STR(b, "abcdef");
	CHECK_INT(strlcat(b, H("xyz"), 0), 3);
#endif

	/* strdup / strndup */
	char *p = strdup(H("copy me"));
	CHECK_STR(p, "copy me");
	CHECK(p != NULL);
	free(p);
	p = strdup(H(""));
	CHECK_STR(p, "");
	free(p);
	p = strndup(H("copy me"), 4);
	CHECK_STR(p, "copy");
	free(p);
	p = strndup(H("abc"), 10);
	CHECK_STR(p, "abc");
	free(p);
	p = strndup(H("abc"), 0);
	CHECK_STR(p, "");
	free(p);
	/* strndup of an unterminated array reads no more than n bytes */
	char raw[3] = { 'x', 'y', 'z' };
	p = strndup(H(raw), 3);
	CHECK_STR(p, "xyz");
	free(p);
}

static void test_compares(void)
{
	CHECK(strcmp(H(""), H("")) == 0);
	CHECK(strcmp(H("a"), H("")) > 0);
	CHECK(strcmp(H(""), H("a")) < 0);
	CHECK(strcmp(H("\xe9"), H("z")) > 0);          /* bytes are unsigned */
	CHECK(strcmp(H("abc"), H("abd")) < 0);
	CHECK(strncmp(H("abc"), H("abd"), 2) == 0);
	CHECK(strncmp(H("abc"), H("abd"), 0) == 0);
	CHECK(strncmp(H("ab"), H("abc"), 5) < 0);
	CHECK(strncmp(H("\x80"), H("\x01"), 1) > 0);
	CHECK(bcmp(H("abc"), H("abd"), 2) == 0);
	CHECK(bcmp(H("abc"), H("abd"), 3) != 0);
	CHECK(bcmp(H("abc"), H("xyz"), 0) == 0);
	CHECK(strcoll(H("abc"), H("abd")) < 0);
	CHECK(strcoll(H("b"), H("a")) > 0);
	CHECK(strcoll(H("same"), H("same")) == 0);

	CHECK(strcasecmp(H("Hello, World"), H("hELLO, wORLD")) == 0);
	CHECK(strcasecmp(H("abc"), H("ABD")) < 0);
	CHECK(strcasecmp(H("ABD"), H("abc")) > 0);
	CHECK(strcasecmp(H("a"), H("")) > 0);
	CHECK(strcasecmp(H(""), H("")) == 0);
	CHECK(strcasecmp(H("["), H("a")) < 0);         /* '[' is 0x5b, 'a' is 0x61 */
	CHECK(strcasecmp(H("_"), H("A")) < 0);         /* compared lower-cased: '_' < 'a' */
	CHECK(strcasecmp(H("\xc9"), H("\xe9")) != 0);  /* no case outside ASCII */
	CHECK(strncasecmp(H("ABCx"), H("abcy"), 3) == 0);
	CHECK(strncasecmp(H("ABCx"), H("abcy"), 4) < 0);
	CHECK(strncasecmp(H("x"), H("y"), 0) == 0);
	CHECK(strncasecmp(H("AB"), H("abc"), 10) < 0);
}

static void test_search(void)
{
	const char *hay = H("the cat sat on the mat");

	/* strstr */
	CHECK(strstr(hay, H("")) == hay);
	CHECK(strstr(H(""), H("")) != NULL);
	CHECK(strstr(H(""), H("a")) == NULL);
	CHECK(strstr(hay, H("the")) == hay);
	CHECK(strstr(hay, H("at")) == hay + 5);
	CHECK(strstr(hay, H("mat")) == hay + 19);
	CHECK(strstr(hay, H("mats")) == NULL);
	CHECK(strstr(hay, H("the cat sat on the mat")) == hay);
	CHECK(strstr(hay, H("the cat sat on the mat!")) == NULL);
	CHECK(strstr(hay, H("t")) == hay);
	CHECK(strstr(hay, H("z")) == NULL);
	CHECK_STR(strstr(H("aaab"), H("aab")), "aab");
	CHECK_STR(strstr(H("abababc"), H("ababc")), "ababc");
	CHECK_STR(strstr(H("xabcabcabd"), H("abcabd")), "abcabd");
	CHECK_STR(strstr(H("\xff\xfe\xff\xff"), H("\xff\xff")), "\xff\xff");

	/* memmem */
	const char *m = H("abcabcabd");
	CHECK(memmem(m, 9, m, 0) == m);
	CHECK(memmem(m, 0, m, 0) == m);
	CHECK(memmem(m, 0, H("a"), 1) == NULL);
	CHECK(memmem(m, 9, H("abd"), 3) == m + 6);
	CHECK(memmem(m, 8, H("abd"), 3) == NULL);      /* ends one byte short */
	CHECK(memmem(m, 9, H("c"), 1) == m + 2);
	CHECK(memmem(m, 9, H("abcabcabd"), 9) == m);
	CHECK(memmem(m, 9, H("abcabcabdx"), 10) == NULL);
	{
		static const char z[] = "a\0b\0c";
		CHECK(memmem(H(z), 5, H("b\0c"), 3) == z + 2);
		CHECK(memmem(H(z), 5, H("\0\0"), 2) == NULL);
	}

	/* a long periodic haystack: "aaa...ab" in "aaa...aab" */
	static char big[4001], needle[1001];
	memset(big, 'a', 4000);
	memset(needle, 'a', 1000);
	needle[999] = 'b';
	CHECK(strstr(H(big), H(needle)) == NULL);
	CHECK(memmem(H(big), 4000, H(needle), 1000) == NULL);
	big[3999] = 'b';
	CHECK(strstr(H(big), H(needle)) == big + 3000);
	CHECK(memmem(H(big), 4000, H(needle), 1000) == big + 3000);
	/* every position of a short needle in a random-ish haystack */
	for (size_t hn = 0; hn < 40; hn++)
		for (size_t nn = 1; nn < 6 && nn <= hn; nn++)
			for (size_t at = 0; at + nn <= hn; at++) {
				unsigned char h[48], nd[8];
				for (size_t i = 0; i < hn; i++)
					h[i] = 'a' + (i * 7 + hn) % 3;
				for (size_t i = 0; i < nn; i++)
					nd[i] = h[at + i];
				/* the reference: the first position that matches */
				size_t want = 0;
				while (memcmp(h + want, nd, nn) != 0)
					want++;
				CHECK_AT(memmem(H(h), hn, H(nd), nn) == h + want, "memmem", hn, nn, at);
				h[hn] = 0;
				nd[nn] = 0;
				CHECK_AT(strstr(H(h), H(nd)) == (char *)h + want, "strstr", hn, nn, at);
			}

	/* strspn, strcspn, strpbrk */
	CHECK_INT(strspn(H("abcabcx"), H("abc")), 6);
	CHECK_INT(strspn(H("abc"), H("")), 0);
	CHECK_INT(strspn(H(""), H("abc")), 0);
	CHECK_INT(strspn(H("\xff\xfe\x01z"), H("\x01\xfe\xff")), 3);
	CHECK_INT(strspn(H("aaa"), H("a")), 3);
	CHECK_INT(strcspn(H("abcabcx"), H("xyz")), 6);
	CHECK_INT(strcspn(H("abc"), H("")), 3);
	CHECK_INT(strcspn(H("abc"), H("c")), 2);
	CHECK_INT(strcspn(H("abc"), H("a")), 0);
	CHECK_INT(strcspn(H(""), H("a")), 0);
	CHECK_INT(strcspn(H("hello\x80world"), H("\x80 ")), 5);
	const char *hw = H("hello, world");
	CHECK(strpbrk(hw, H(" ,")) == hw + 5);
	CHECK(strpbrk(hw, H("xyz")) == NULL);
	CHECK(strpbrk(hw, H("")) == NULL);
	CHECK(strpbrk(hw, H("dh")) == hw);
}

static void test_tokens(void)
{
	char b[64], *save, *t;

	strcpy(b, "  a,b,,c  ");
	CHECK_STR(strtok_r(b, " ,", &save), "a");
	CHECK_STR(strtok_r(NULL, " ,", &save), "b");
	CHECK_STR(strtok_r(NULL, " ,", &save), "c");
	CHECK_STR(strtok_r(NULL, " ,", &save), NULL);
	CHECK_STR(strtok_r(NULL, " ,", &save), NULL);
	CHECK(memcmp(b, "  a\0b\0,c\0 ", 10) == 0);

	strcpy(b, ",,,");
	CHECK_STR(strtok_r(b, ",", &save), NULL);
	b[0] = 0;
	CHECK_STR(strtok_r(b, ",", &save), NULL);
	strcpy(b, "single");
	CHECK_STR(strtok_r(b, ",", &save), "single");
	CHECK_STR(strtok_r(NULL, ",", &save), NULL);
	strcpy(b, "no separators");
	CHECK_STR(strtok_r(b, "", &save), "no separators");
	/* the separator set may change between calls */
	strcpy(b, "a=1;b=2");
	CHECK_STR(strtok_r(b, "=", &save), "a");
	CHECK_STR(strtok_r(NULL, ";", &save), "1");
	CHECK_STR(strtok_r(NULL, "=", &save), "b");
	CHECK_STR(strtok_r(NULL, ";", &save), "2");
	CHECK_STR(strtok_r(NULL, ";", &save), NULL);

	strcpy(b, "x y  z");
	CHECK_STR(strtok(b, " "), "x");
	CHECK_STR(strtok(NULL, " "), "y");
	CHECK_STR(strtok(NULL, " "), "z");
	CHECK_STR(strtok(NULL, " "), NULL);

	/* strsep keeps empty fields */
	strcpy(b, "a,,b,");
	t = b;
	CHECK_STR(strsep(&t, ","), "a");
	CHECK_STR(strsep(&t, ","), "");
	CHECK_STR(strsep(&t, ","), "b");
	CHECK_STR(strsep(&t, ","), "");
	CHECK(t == NULL);
	CHECK_STR(strsep(&t, ","), NULL);
	strcpy(b, "k:v=w");
	t = b;
	CHECK_STR(strsep(&t, "=:"), "k");
	CHECK_STR(t, "v=w");
	t = NULL;
	CHECK_STR(strsep(&t, ","), NULL);
	b[0] = 0;
	t = b;
	CHECK_STR(strsep(&t, ","), "");
	CHECK(t == NULL);
}

static void test_ffs(void)
{
	CHECK_INT(ffs(0), 0);
	CHECK_INT(ffs(1), 1);
	CHECK_INT(ffs(6), 2);
	CHECK_INT(ffs(0x80), 8);
	CHECK_INT(ffs(-1), 1);
	CHECK_INT(ffs((int)0x80000000u), 32);
	for (int i = 0; i < 32; i++)
		CHECK_AT(ffs((int)(3u << i)) == i + 1, "ffs", i, 0, 0);
}

static void test_strerror(void)
{
	char b[64];

	CHECK_STR(strerror(0), "Success");
	CHECK_STR(strerror(EPERM), "Operation not permitted");
	CHECK_STR(strerror(ENOENT), "No such file or directory");
	CHECK_STR(strerror(EINTR), "Interrupted system call");
	CHECK_STR(strerror(EAGAIN), "Resource temporarily unavailable");
	CHECK_STR(strerror(EWOULDBLOCK), "Resource temporarily unavailable");
	CHECK_STR(strerror(ENOMEM), "Cannot allocate memory");
	CHECK_STR(strerror(EINVAL), "Invalid argument");
	CHECK_STR(strerror(ERANGE), "Numerical result out of range");
	CHECK_STR(strerror(EDEADLK), "Resource deadlock avoided");
	CHECK_STR(strerror(ENOSYS), "Function not implemented");
	CHECK_STR(strerror(ETIMEDOUT), "Connection timed out");
	CHECK_STR(strerror(EOPNOTSUPP), "Operation not supported");
	CHECK_STR(strerror(ELIBSCN), ".lib section in a.out corrupted");
	CHECK_STR(strerror(ENOTRECOVERABLE), "State not recoverable");
	CHECK_STR(strerror(EHWPOISON), "Memory page has hardware error");
	CHECK_STR(strerror(9999), "Unknown error 9999");
	CHECK_STR(strerror(-1), "Unknown error -1");
	CHECK_STR(strerror(-2147483647 - 1), "Unknown error -2147483648");
	snprintf(b, sizeof b, "Unknown error %d", EHWPOISON + 1);  /* 134; 169 on MIPS */
	CHECK_STR(strerror(EHWPOISON + 1), b);
	/* every E* name of <bits/errno.h> has a message; the gaps do not */
	static const int names[] = {
		E2BIG, EACCES, EADDRINUSE, EADDRNOTAVAIL, EADV, EAFNOSUPPORT, EAGAIN,
		EALREADY, EBADE, EBADF, EBADFD, EBADMSG, EBADR, EBADRQC, EBADSLT, EBFONT,
		EBUSY, ECANCELED, ECHILD, ECHRNG, ECOMM, ECONNABORTED, ECONNREFUSED,
		ECONNRESET, EDEADLK, EDEADLOCK /* = EDEADLK but on MIPS */, EDESTADDRREQ, EDOM, EDOTDOT, EDQUOT, EEXIST, EFAULT,
		EFBIG, EHOSTDOWN, EHOSTUNREACH, EHWPOISON, EIDRM, EILSEQ, EINPROGRESS,
		EINTR, EINVAL, EIO, EISCONN, EISDIR, EISNAM, EKEYEXPIRED, EKEYREJECTED,
		EKEYREVOKED, EL2HLT, EL2NSYNC, EL3HLT, EL3RST, ELIBACC, ELIBBAD, ELIBEXEC,
		ELIBMAX, ELIBSCN, ELNRNG, ELOOP, EMEDIUMTYPE, EMFILE, EMLINK, EMSGSIZE,
		EMULTIHOP, ENAMETOOLONG, ENAVAIL, ENETDOWN, ENETRESET, ENETUNREACH,
		ENFILE, ENOANO, ENOBUFS, ENOCSI, ENODATA, ENODEV, ENOENT, ENOEXEC, ENOKEY,
		ENOLCK, ENOLINK, ENOMEDIUM, ENOMEM, ENOMSG, ENONET, ENOPKG, ENOPROTOOPT,
		ENOSPC, ENOSR, ENOSTR, ENOSYS, ENOTBLK, ENOTCONN, ENOTDIR, ENOTEMPTY,
		ENOTNAM, ENOTRECOVERABLE, ENOTSOCK, ENOTTY, ENOTUNIQ, ENXIO, EOPNOTSUPP,
		EOVERFLOW, EOWNERDEAD, EPERM, EPFNOSUPPORT, EPIPE, EPROTO,
		EPROTONOSUPPORT, EPROTOTYPE, ERANGE, EREMCHG, EREMOTE, EREMOTEIO,
		ERESTART, ERFKILL, EROFS, ESHUTDOWN, ESOCKTNOSUPPORT, ESPIPE, ESRCH,
		ESRMNT, ESTALE, ESTRPIPE, ETIME, ETIMEDOUT, ETOOMANYREFS, ETXTBSY, EUCLEAN,
		EUNATCH, EUSERS, EXDEV, EXFULL
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		CHECK_AT(strncmp(strerror(names[i]), "Unknown", 7) != 0, "strerror known", names[i], 0, 0);
	for (int e = 1; e < 200; e++) {
		int known = 0;
		for (size_t i = 0; i < sizeof names / sizeof *names; i++)
			known |= names[i] == e;
		if (!known)
			CHECK_AT(strncmp(strerror(e), "Unknown error ", 14) == 0, "strerror gap", e, 0, 0);
	}

	CHECK_INT(__xpg_strerror_r(ENOENT, b, sizeof b), 0);
	CHECK_STR(b, "No such file or directory");
	CHECK_INT(__xpg_strerror_r(ENOENT, b, 26), 0);              /* 25 chars + zero */
	CHECK_STR(b, "No such file or directory");
	CHECK_INT(__xpg_strerror_r(ENOENT, b, 25), ERANGE);
	CHECK_STR(b, "No such file or director");
	CHECK_INT(__xpg_strerror_r(ENOENT, b, 1), ERANGE);
	CHECK_STR(b, "");
	b[0] = 'q';
	CHECK_INT(__xpg_strerror_r(ENOENT, b, 0), ERANGE);
	CHECK(b[0] == 'q');
	CHECK_INT(__xpg_strerror_r(9999, b, sizeof b), EINVAL);
	CHECK_STR(b, "Unknown error 9999");
	CHECK_INT(__xpg_strerror_r(-3, b, 5), EINVAL);
	CHECK_STR(b, "Unkn");
	CHECK_INT(__xpg_strerror_r(0, b, sizeof b), 0);
	CHECK_STR(b, "Success");

	/* The GNU one: a known number's message is returned, whatever the
	 * size, and buf is left alone; an unknown one's is written into buf,
	 * cut to size, and buf returned. */
	memset(b, 'x', sizeof b);
	CHECK_STR(strerror_r(ENOENT, b, sizeof b), "No such file or directory");
	CHECK(strerror_r(ENOENT, b, sizeof b) != b);
	CHECK(strerror_r(ENOENT, b, sizeof b) == strerror(ENOENT));
	CHECK_STR(strerror_r(ENOENT, b, 3), "No such file or directory");
	CHECK_STR(strerror_r(EHWPOISON, b, 0), "Memory page has hardware error");
	CHECK_STR(strerror_r(0, b, 1), "Success");
	CHECK(b[0] == 'x' && b[sizeof b - 1] == 'x');
	CHECK(strerror_r(9999, b, sizeof b) == b);
	CHECK_STR(b, "Unknown error 9999");
	CHECK(b[19] == 'x');                                /* 18 chars + zero */
	memset(b, 'x', sizeof b);
	CHECK(strerror_r(-3, b, 5) == b);
	CHECK_STR(b, "Unkn");
	CHECK(b[5] == 'x');
	CHECK(strerror_r(-2147483647 - 1, b, sizeof b) == b);
	CHECK_STR(b, "Unknown error -2147483648");
	memset(b, 'x', sizeof b);
	CHECK(strerror_r(EHWPOISON + 1, b, 1) == b);
	CHECK_STR(b, "");
	b[0] = 'q';
	CHECK(strerror_r(9999, b, 0) == b);                 /* nothing written */
	CHECK(b[0] == 'q' && b[1] == 'x');
}

static void test_strsignal(void)
{
	char want[32];

	CHECK_STR(strsignal(SIGHUP), "Hangup");
	CHECK_STR(strsignal(SIGINT), "Interrupt");
	CHECK_STR(strsignal(SIGKILL), "Killed");
	CHECK_STR(strsignal(SIGSEGV), "Segmentation fault");
	CHECK_STR(strsignal(SIGABRT), "Aborted");
	CHECK_STR(strsignal(SIGIOT), "Aborted");
	CHECK_STR(strsignal(SIGCHLD), "Child exited");
	CHECK_STR(strsignal(SIGSTOP), "Stopped (signal)");
	CHECK_STR(strsignal(SIGTSTP), "Stopped");
	CHECK_STR(strsignal(SIGSYS), "Bad system call");
	CHECK_STR(strsignal(SIGPIPE), "Broken pipe");
	CHECK_STR(strsignal(SIGUSR1), "User defined signal 1");
	CHECK_STR(strsignal(999), "Unknown signal 999");
	CHECK_STR(strsignal(0), "Unknown signal 0");
	CHECK_STR(strsignal(-1), "Unknown signal -1");
	snprintf(want, sizeof want, "Unknown signal %d", SIGRTMAX + 1);  /* 65; 128 on MIPS */
	CHECK_STR(strsignal(SIGRTMAX + 1), want);
	/* real-time signals count from SIGRTMIN (34: 32 and 33 are the
	 * library's own, as in glibc) */
	CHECK_STR(strsignal(SIGRTMIN), "Real-time signal 0");
	CHECK_STR(strsignal(SIGRTMIN + 3), "Real-time signal 3");
	snprintf(want, sizeof want, "Real-time signal %d", SIGRTMAX - SIGRTMIN);  /* 30; 93 */
	CHECK_STR(strsignal(SIGRTMAX), want);
	CHECK_STR(strsignal(32), "Unknown signal 32");
	CHECK_STR(strsignal(33), "Unknown signal 33");
	/* the kernel's 31 (glibc keeps 32 and 33 for itself, unnamed) */
	for (int s = 1; s < 32; s++)
		CHECK_AT(strncmp(strsignal(s), "Unknown", 7) != 0, "strsignal known", s, 0, 0);
}

/* Lengths past the vector code's rounds (128 bytes a round with AVX2 on
 * x86_64) at every offset within a 64-byte line: strlen, strchr (the
 * last character, and one that is absent), strcmp and memcmp (equal, and
 * differing in the last byte). */
static void test_long_scans(void)
{
	static _Alignas(64) char a[700], b[700];

	for (size_t o = 0; o < 64; o++)
		for (size_t n = 1; n < 600; n += (n < 300 ? 1 : 7)) {
			memset(a, 'q', sizeof a);
			memset(b, 'q', sizeof b);
			a[o + n - 1] = 'z';
			a[o + n] = 0;
			b[(o * 7) % 64 + n - 1] = 'z';
			b[(o * 7) % 64 + n] = 0;
			char *s = a + o, *t = b + (o * 7) % 64;
			CHECK_AT(strlen(H(s)) == n, "long strlen", o, n, 0);
			CHECK_AT(strchr(H(s), 'z') == s + n - 1, "long strchr", o, n, 0);
			CHECK_AT(strchr(H(s), 'x') == NULL, "long strchr none", o, n, 0);
			CHECK_AT(strchr(H(s), 0) == s + n, "long strchr 0", o, n, 0);
			CHECK_AT(strcmp(H(s), H(t)) == 0, "long strcmp", o, n, 0);
			CHECK_AT(memcmp(H(s), H(t), n + 1) == 0, "long memcmp", o, n, 0);
			/* one difference, at places near the end and the middle */
			static const size_t back[] = { 1, 2, 31, 32, 33, 64, 95, 96, 97, 127, 128, 129, 200 };
			for (size_t k = 0; k < sizeof back / sizeof *back && back[k] <= n; k++) {
				size_t at = n - back[k];

				t[at] = 'a';            /* below both 'q' and 'z' */
				CHECK_AT(strcmp(H(s), H(t)) > 0, "long strcmp diff", o, n, at);
				CHECK_AT(memcmp(H(t), H(s), n) < 0, "long memcmp diff", o, n, at);
				CHECK_AT(memcmp(H(s), H(t), at) == 0, "long memcmp before", o, n, at);
				t[at] = s[at];
			}
			if (n >= 3) {
				t[n / 2] = 'r';         /* above s's 'q' there */
				CHECK_AT(memcmp(H(t), H(s), n) > 0, "long memcmp middle", o, n, 0);
				CHECK_AT(strcmp(H(t), H(s)) > 0, "long strcmp middle", o, n, 0);
			}
		}
}

/* Overlapping moves of 65 to 600 bytes (the vector paths: up to 128,
 * up to 256, then rounds), both directions, distances 1 to 160. */
static void test_mid_moves(void)
{
	static unsigned char m[1024], mref[1024], tmp[1024];

	for (size_t n = 65; n <= 600; n += (n < 300 ? 1 : 13))
		for (size_t dist = 1; dist <= 160; dist += (dist < 40 ? 1 : 9))
			for (int up = 0; up < 2; up++) {
				size_t from = up ? 100 : 100 + dist, to = up ? 100 + dist : 100;

				fill(m, sizeof m, (unsigned)n);
				fill(mref, sizeof m, (unsigned)n);
				ref_copy(tmp, mref + from, n);
				ref_copy(mref + to, tmp, n);
				CHECK_AT(memmove(H(m + to), H(m + from), n) == m + to, "mid memmove return", n, dist, up);
				CHECK_AT(memcmp(m, mref, sizeof m) == 0, "mid memmove", n, dist, up);
			}
}

/* strcmp across page boundaries: a runs into a PROT_NONE page right
 * after its terminator and crosses a page boundary 0 to 105 bytes from
 * its start; b, equal or differing near a's crossing, sits at other
 * offsets in its page.  The vector code's limits (x86_64 strcmp.S) must
 * find every difference and never touch the guard page. */
static void test_cross_pages(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *m1 = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *m2 = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static const size_t tofs[] = { 0, 1, 17, 31, 32, 33, 63, 100 };

	CHECK(m1 != MAP_FAILED && m2 != MAP_FAILED);
	if (m1 == MAP_FAILED || m2 == MAP_FAILED)
		return;
	CHECK_INT(mprotect(m1 + 2 * page, page, PROT_NONE), 0);
	for (size_t n = (size_t)page - 6; n < (size_t)page + 106; n++)
		for (size_t k = 0; k < sizeof tofs / sizeof *tofs; k++) {
			char *a = m1 + 2 * page - 1 - n, *b = m2 + page / 2 + tofs[k];
			long cross = (long)n + 1 - page;   /* a's index of its page boundary */

			memset(a, 'q', n);
			a[n] = 0;
			memset(b, 'q', n);
			b[n] = 0;
			CHECK_AT(strcmp(H(a), H(b)) == 0, "cross strcmp", n, tofs[k], 0);
			CHECK_AT(strcmp(H(b), H(a)) == 0, "cross strcmp back", n, tofs[k], 0);
			for (long d = -40; d <= 40; d += 1) {
				long at = cross + d;

				if (at < 0 || at >= (long)n)
					continue;
				b[at] = 'a';
				CHECK_AT(strcmp(H(a), H(b)) > 0, "cross strcmp diff", n, tofs[k], at);
				CHECK_AT(strcmp(H(b), H(a)) < 0, "cross strcmp diff back", n, tofs[k], at);
				b[at] = 'q';
			}
		}
	munmap(m1, 3 * page);
	munmap(m2, 3 * page);
}

/* memset of 33 to 3,000 bytes at every offset of a line: the vector
 * paths' sizes (x86_64: 64, 128, 256, the rounds, rep stosb) and the
 * bytes around the area untouched. */
static void test_big_memset(void)
{
	static unsigned char m[3200];
	/* through a pointer: gcc expands a memset of unknown length into
	 * its own rep stos and the library's would go untested */
	void *(*volatile set)(void *, int, size_t) = memset;

	for (size_t o = 0; o < 64; o++)
		for (size_t n = 33; n <= 3000; n += (n < 300 ? 1 : 37)) {
			int bad = 0;

			memset(m, 0x5a, sizeof m);
			CHECK_AT(set(m + o, 0x1c3, n) == m + o, "big memset return", o, n, 0);
			for (size_t i = 0; i < sizeof m; i++)
				bad |= m[i] != (i >= o && i < o + n ? 0xc3 : 0x5a);
			CHECK_AT(!bad, "big memset", o, n, 0);
		}
}

/* Every test of the memory and string functions. */
static void test_all(void)
{
	test_memcpy_memset();
	test_memmove();
	test_big_copies();
	test_mid_moves();
	test_big_memset();
	test_memcmp();
	test_memchr();
	test_string_scans();
	test_long_scans();
	test_page_end();
	test_cross_pages();
	test_copies();
	test_compares();
	test_search();
	test_tokens();
	test_ffs();
	test_strerror();
	test_strsignal();
}

#ifdef TASKRT
/* x86_64's string functions pick SSE2 or AVX2 by this byte
 * (arch/x86_64/avx2.S): 0 unprobed, 1 SSE2, 2 AVX2.  Weak: on the other
 * arches it does not exist and its address is 0.  Everything links
 * statically, so the test can set it and run both paths on a CPU that
 * has AVX2. */
extern unsigned char __x86_avx2 __attribute__((__weak__));
#endif

int main(void)
{
	(void)check_skip;
	test_all();                  /* the path the CPU gets */
#ifdef TASKRT
	if (&__x86_avx2 != 0) {
		CHECK(__x86_avx2 == 1 || __x86_avx2 == 2);
		if (__x86_avx2 == 2) {
			__x86_avx2 = 1;
			test_all();  /* and the SSE2 code too */
		}
	}
#endif
	return check_done();
}
