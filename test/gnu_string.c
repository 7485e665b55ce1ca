/* The GNU and BSD string functions: ffsl and ffsll on every bit, rawmemchr,
 * strcasestr (case, the empty needle, a needle longer than what is
 * left), strverscmp's order of version numbers (glibc's, pair by pair and
 * as a sorted list) and wcpncpy's copy, padding and end pointer. */
#include <limits.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include "check.h"

/* The compiler folds calls it can see through: hide the pointers. */
static void *hide(const void *p)
{
	__asm__("" : "+r"(p));
	return (void *)p;
}
#define H(s) ((char *)hide(s))

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void test_ffs(void)
{
	volatile long zero = 0;

	CHECK_INT(ffsl(zero), 0);
	CHECK_INT(ffsll(zero), 0);
	for (int i = 0; i < (int)(sizeof(long) * CHAR_BIT); i++) {
		volatile long v = (long)(1UL << i);

		CHECK_INT(ffsl(v), i + 1);
		CHECK_INT(ffsl(v | (long)(1UL << (sizeof(long) * CHAR_BIT - 1))), i + 1);
	}
	for (int i = 0; i < 64; i++) {
		volatile long long v = (long long)(1ULL << i);

		CHECK_INT(ffsll(v), i + 1);
		/* (3 * v in unsigned arithmetic: signed, it overflows at bit 62) */
		CHECK_INT(ffsll((long long)((unsigned long long)v * 3)), i + 1);
	}
	CHECK_INT(ffsl(-1L), 1);
	CHECK_INT(ffsll(LLONG_MIN), 64);
	CHECK_INT(ffsl(LONG_MIN), (int)(sizeof(long) * CHAR_BIT));
}

static void test_rawmemchr(void)
{
	char s[] = "hello, world";

	CHECK(rawmemchr(H(s), 'o') == s + 4);
	CHECK(rawmemchr(H(s), 'h') == s);
	CHECK(rawmemchr(H(s), 0) == s + strlen(s));
	CHECK(rawmemchr(H(s), 'd' + 256) == s + 11);    /* c as unsigned char */
	s[3] = (char)0xe9;
	CHECK(rawmemchr(H(s), 0xe9) == s + 3);
	CHECK(rawmemchr(H(s), -23) == s + 3);            /* (unsigned char)-23 */
}

static void test_strcasestr(void)
{
	const char *s = "The Quick Brown fox";

	CHECK(strcasestr(H(s), "quick") == s + 4);
	CHECK(strcasestr(H(s), "BROWN FOX") == s + 10);
	CHECK(strcasestr(H(s), "") == s);
	CHECK(strcasestr(H(""), "") != 0);
	CHECK(strcasestr(H(""), "a") == 0);
	CHECK(strcasestr(H(s), "fox!") == 0);         /* runs off the end */
	CHECK(strcasestr(H(s), "foxes") == 0);
	CHECK(strcasestr(H(s), "quack") == 0);
	CHECK(strcasestr(H("aaab"), "AAB") != 0);
	CHECK_STR(strcasestr(H("aaab"), "AAB"), "aab");
	CHECK_STR(strcasestr(H("xyz[@"), "{"), 0);    /* '[' is not '{' folded */
	CHECK_STR(strcasestr(H("abcABC"), "cA"), "cABC");
}

static void test_strverscmp(void)
{
	/* Each pair is a < b (and so b > a); glibc's answers. */
	static const char *const less[][2] = {
		{ "a", "b" }, { "a9", "a10" }, { "file2.txt", "file10.txt" },
		{ "1.01", "1.1" }, { "000", "00" }, { "00", "01" }, { "01", "010" },
		{ "09", "0" }, { "0", "1" }, { "9", "10" }, { "1.9", "1.10" },
		{ "abc", "abcd" }, { "", "a" }, { "a0", "a1" }, { "a01", "a1" },
		{ "x1y", "x10" }, { "x1", "x1y" }, { "x00", "x0y" }, { "x01", "x0y" },
		{ "10", "100" }, { "099", "1" }, { "jan", "jan0" },
		{ "9a", "10" }, { "1.2.9", "1.2.10" }, { "lib-1.0.9.so", "lib-1.0.10.so" },
	};
	static const char *const sorted[] = {
		"000", "00", "01", "010", "09", "0", "1", "9", "10",
	};

	CHECK_INT(strverscmp(H(""), ""), 0);
	CHECK_INT(strverscmp(H("abc10"), "abc10"), 0);
	for (size_t i = 0; i < sizeof less / sizeof *less; i++) {
		int lt = sign(strverscmp(H(less[i][0]), less[i][1]));
		int gt = sign(strverscmp(H(less[i][1]), less[i][0]));

		CHECK_INT(lt, -1);
		CHECK_INT(gt, 1);
		if (lt != -1 || gt != 1) {
			check_puts("    pair "); check_puts(less[i][0]);
			check_puts(" "); check_puts(less[i][1]); check_puts("\n");
		}
	}
	for (size_t i = 0; i < sizeof sorted / sizeof *sorted; i++)
		for (size_t j = 0; j < sizeof sorted / sizeof *sorted; j++)
			CHECK_INT(sign(strverscmp(H(sorted[i]), sorted[j])), (i > j) - (i < j));
	/* The difference of the bytes where the order is theirs. */
	CHECK_INT(strverscmp(H("a"), "c"), 'a' - 'c');
	CHECK(strverscmp(H("\xe9"), "a") > 0);          /* bytes are unsigned */
}

static void test_wcpncpy(void)
{
	wchar_t d[8];

	wmemset(d, L'x', 8);
	CHECK(wcpncpy(d, L"abc", 6) == d + 3);
	CHECK(wmemcmp(d, L"abc\0\0\0xx", 8) == 0);
	wmemset(d, L'x', 8);
	CHECK(wcpncpy(d, L"abcdef", 4) == d + 4);     /* not terminated */
	CHECK(wmemcmp(d, L"abcdxxxx", 8) == 0);
	wmemset(d, L'x', 8);
	CHECK(wcpncpy(d, L"abc", 3) == d + 3);
	CHECK(wmemcmp(d, L"abcxxxxx", 8) == 0);
	CHECK(wcpncpy(d, L"abc", 0) == d);
	CHECK(d[0] == L'a');
	CHECK(wcpncpy(d, L"", 2) == d);
	CHECK(wmemcmp(d, L"\0\0cxxxxx", 8) == 0);
	CHECK(wcpncpy(d, L"\x10ffff\x80", 8) == d + 2);
	CHECK(d[0] == 0x10ffff && d[1] == 0x80 && d[7] == 0);
}

int main(void)
{
	test_ffs();
	test_rawmemchr();
	test_strcasestr();
	test_strverscmp();
	test_wcpncpy();
	return check_done();
}
