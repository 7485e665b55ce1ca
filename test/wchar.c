/* Multibyte and wide characters: UTF-8 in C.UTF-8 with every invalid
 * form refused, ASCII only in C, resumable conversions, whole strings,
 * and the wide string functions. */
#define _GNU_SOURCE   /* wcsnlen, mbsnrtowcs, wcwidth, wcsdup: for the glibc build */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "check.h"

static size_t decode(const char *s, size_t n, wchar_t *wc)
{
	mbstate_t st;

	memset(&st, 0, sizeof st);
	return mbrtowc(wc, s, n, &st);
}

int main(void)
{
	mbstate_t st;
	wchar_t wc, wbuf[32], *w;
	char buf[64];
	const char *src;
	const wchar_t *wsrc;

	/* C: one byte, ASCII only */
	CHECK_INT(decode("A", 1, &wc), 1);
	CHECK_INT(wc, 'A');
	CHECK_INT(decode("", 1, &wc), 0);
	errno = 0;
	CHECK_INT(decode("\xc3\xa9", 2, &wc), (size_t)-1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(wcrtomb(buf, 0xe9, 0), (size_t)-1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(btowc('a'), 'a');
	CHECK_INT(btowc(0xe9), WEOF);
	CHECK_INT(wctob(0xe9), EOF);

	CHECK(setlocale(LC_ALL, "C.UTF-8") != 0);
	CHECK_INT(decode("\xc3\xa9", 2, &wc), 2);
	CHECK_INT(wc, 0xe9);
	CHECK_INT(decode("\xe2\x82\xac", 3, &wc), 3);
	CHECK_INT(wc, 0x20ac);
	CHECK_INT(decode("\xf0\x9f\x98\x80", 4, &wc), 4);
	CHECK_INT(wc, 0x1f600);
	CHECK_INT(decode("\xf4\x8f\xbf\xbf", 4, &wc), 4);
	CHECK_INT(wc, 0x10ffff);
	/* invalid: stray continuation, overlong forms, surrogates, too big,
	 * a lead byte followed by no continuation */
	static const char *const bad[] = { "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80",
		"\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xf0\x8f\xbf\xbf",
		"\xff", "\xc3\x41", "\xe2\x82\x41" };
	for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++) {
		errno = 0;
		CHECK_INT(decode(bad[i], strlen(bad[i]), &wc), (size_t)-1);
		CHECK_INT(errno, EILSEQ);
	}
	/* past U+10FFFF: taskrt follows RFC 3629; glibc decodes these as
	 * U+110000 and U+140000 */
	TASKRT_ONLY(CHECK_INT(decode("\xf4\x90\x80\x80", 4, &wc), (size_t)-1));
	TASKRT_ONLY(CHECK_INT(decode("\xf5\x80\x80\x80", 4, &wc), (size_t)-1));
	/* resumable: a byte at a time */
	memset(&st, 0, sizeof st);
	CHECK_INT(mbrtowc(&wc, "\xf0", 1, &st), (size_t)-2);
	CHECK(!mbsinit(&st));
	CHECK_INT(mbrtowc(&wc, "\x9f", 1, &st), (size_t)-2);
	CHECK_INT(mbrtowc(&wc, "\x98", 1, &st), (size_t)-2);
	CHECK_INT(mbrtowc(&wc, "\x80", 1, &st), 1);
	CHECK_INT(wc, 0x1f600);
	CHECK(mbsinit(&st));
	CHECK_INT(mbrtowc(&wc, "\xe2", 0, &st), (size_t)-2);
	CHECK_INT(mbrlen("\xe2\x82", 2, 0), (size_t)-2);
	CHECK_INT(mbrlen("\xac", 1, 0), 1);

	/* the other way */
	CHECK_INT(wcrtomb(buf, 0x20ac, 0), 3);
	CHECK(memcmp(buf, "\xe2\x82\xac", 3) == 0);
	CHECK_INT(wcrtomb(buf, 0x10ffff, 0), 4);
	TASKRT_ONLY(CHECK_INT(wcrtomb(buf, 0x110000, 0), (size_t)-1));
	TASKRT_ONLY(CHECK_INT(errno, EILSEQ));
	CHECK_INT(wcrtomb(0, 0x20ac, 0), 1);
	CHECK_INT(wctomb(buf, 0x7ff), 2);
	CHECK_INT(wctomb(0, 0), 0);
	CHECK_INT(mbtowc(&wc, "\xc3", 1), -1);
	CHECK_INT(mblen("\xc3\xa9", 2), 2);
	CHECK_INT(mblen("", 1), 0);
	CHECK_INT(mbtowc(0, 0, 0), 0);

	/* whole strings */
	CHECK_INT(mbstowcs(wbuf, "h\xc3\xa9llo \xe2\x82\xac", 32), 7);
	CHECK_INT(wbuf[1], 0xe9);
	CHECK_INT(wbuf[6], 0x20ac);
	CHECK_INT(wbuf[7], 0);
	CHECK_INT(mbstowcs(0, "h\xc3\xa9llo", 0), 5);
	CHECK_INT(mbstowcs(wbuf, "ab\xffz", 32), (size_t)-1);
	CHECK(wbuf[0] == 'a' && wbuf[1] == 'b');      /* converted before the error */
	src = "x\xc3\xa9y";
	memset(&st, 0, sizeof st);
	CHECK_INT(mbsrtowcs(wbuf, &src, 2, &st), 2);
	CHECK(src && *src == 'y');
	CHECK_INT(mbsrtowcs(wbuf, &src, 2, &st), 1);
	CHECK(src == 0);
	src = "abc\xc3\xa9";
	CHECK_INT(mbsnrtowcs(wbuf, &src, 4, 32, 0), 3);   /* stops inside the é */
	wsrc = L"\x20ac\x20ac";
	CHECK_INT(wcsrtombs(buf, &wsrc, 4, 0), 3);         /* only whole characters */
	CHECK(wsrc && *wsrc == 0x20ac);
	CHECK_INT(wcstombs(0, L"h\xe9", 0), 3);
	CHECK_INT(wcstombs(buf, L"a\xd800", sizeof buf), (size_t)-1);
	CHECK_INT(wcstombs(buf, L"h\xe9llo", sizeof buf), 6);
	CHECK_STR(buf, "h\xc3\xa9llo");

	/* wide strings */
	CHECK_INT(wcslen(L"h\xe9llo"), 5);
	CHECK_INT(wcsnlen(L"hello", 3), 3);
	wcscpy(wbuf, L"abc");
	wcscat(wbuf, L"def");
	CHECK(wcscmp(wbuf, L"abcdef") == 0);
	wcsncat(wbuf, L"ghij", 2);
	CHECK(wcscmp(wbuf, L"abcdefgh") == 0);
	CHECK(wcscmp(L"a", L"b") < 0 && wcscmp(L"b", L"a") > 0);
	CHECK(wcsncmp(L"abcx", L"abcy", 3) == 0);
	CHECK(wcschr(wbuf, L'd') == wbuf + 3);
	CHECK(wcsrchr(L"abca", L'a') != 0);
	CHECK(wcschr(wbuf, 0) == wbuf + 8);
	CHECK_INT(wcsspn(L"aabbc", L"ab"), 4);
	CHECK_INT(wcscspn(L"abcde", L"dc"), 2);
	CHECK(wcsstr(L"hello world", L"wor") != 0);
	CHECK(wcsstr(L"hello", L"xyz") == 0);
	CHECK(wcspbrk(L"hello", L"lo") != 0);
	wcscpy(wbuf, L"a,b,,c");
	CHECK(wcscmp(wcstok(wbuf, L",", &w), L"a") == 0);
	CHECK(wcscmp(wcstok(0, L",", &w), L"b") == 0);
	CHECK(wcscmp(wcstok(0, L",", &w), L"c") == 0);
	CHECK(wcstok(0, L",", &w) == 0);
	wmemset(wbuf, L'x', 4);
	CHECK(wmemchr(wbuf, L'x', 4) == wbuf);
	CHECK(wmemcmp(wbuf, L"xxxx", 4) == 0);
	wchar_t *dup = wcsdup(L"dup");
	CHECK(dup && wcscmp(dup, L"dup") == 0);
	free(dup);
	CHECK_INT(wcstol(L"  -123xyz", &w, 10), -123);
	CHECK_INT(*w, 'x');
	CHECK_INT(wcstoul(L"ff", 0, 16), 255);
	CHECK_INT(wcstoll(L"z", &w, 10), 0);
	CHECK_INT(*w, 'z');

	/* wide characters through a byte stream */
	FILE *f = tmpfile();
	CHECK(f != 0);
	CHECK(fputws(L"h\xe9\x20ac!", f) >= 0);
	CHECK_INT(fputwc(0x1f600, f), 0x1f600);
	rewind(f);
	CHECK_INT(fgetwc(f), 'h');
	CHECK_INT(fgetwc(f), 0xe9);
	CHECK_INT(getwc(f), 0x20ac);
	CHECK_INT(fgetwc(f), '!');
	CHECK_INT(fgetwc(f), 0x1f600);
	CHECK_INT(fgetwc(f), WEOF);
	fclose(f);
	/* an invalid sequence: WEOF and EILSEQ (a stream of its own: glibc
	 * would not read wide characters from one written as bytes) */
	char name[40];
	snprintf(name, sizeof name, "/tmp/taskrt-wchar-%d", (int)getpid());
	f = fopen(name, "w");
	CHECK(f != 0);
	CHECK_INT(fwrite("\xc3\xff", 1, 2, f), 2);
	fclose(f);
	f = fopen(name, "r");
	CHECK(f != 0);
	unlink(name);
	errno = 0;
	CHECK_INT(fgetwc(f), WEOF);
	CHECK_INT(errno, EILSEQ);
	fclose(f);

	/* widths */
	CHECK_INT(wcwidth(L'a'), 1);
	CHECK_INT(wcwidth(0), 0);
	CHECK_INT(wcwidth(7), -1);
	CHECK_INT(wcwidth(0x4e00), 2);
	CHECK_INT(wcwidth(0x301), 0);
	CHECK_INT(wcwidth(0x1f600), 2);
	CHECK_INT(wcswidth(L"a\x4e00\x301", 3), 3);
	CHECK_INT(wcswidth(L"a\x7", 2), -1);
	setlocale(LC_ALL, "C");
	CHECK_INT(wcwidth(0xe9), -1);
	return check_done();
}
