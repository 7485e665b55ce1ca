/* Wide formatted output: fwprintf/vfwprintf to a stream write the
 * multibyte (UTF-8) form; swprintf fills a wide array, counts and limits
 * in wide characters, and fails when the result does not fit.  (The
 * counts of a non-ASCII %s width, where taskrt counts bytes, are not
 * tested: taskrt's documented difference.) */
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include "check.h"

static int vcall(FILE *f, const wchar_t *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfwprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	char text[1024];
	wchar_t ws[64];
	FILE *f;

	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	f = tmpfile();
	CHECK(f != NULL);
	if (!f)
		return check_done();
	CHECK_INT(fwprintf(f, L"%d-%5s-%ls|", 42, "ab", L"xy"), 12);
	CHECK_INT(vcall(f, L"%c%lc%x", 'q', L'z', 255u), 4);
	/* The wide format's own non-ASCII text, and a wide string, as UTF-8. */
	/* (glibc counts the 2 wide characters, taskrt the 5 bytes.) */
	int r = fwprintf(f, L"\u00e9%ls", L"\u4e2d");
	TASKRT_ONLY(CHECK_INT(r, 5));
	CHECK(r > 0);
	/* A long format (more than the stack buffer the format is narrowed in). */
	wchar_t big[400];
	for (int i = 0; i < 399; i++)
		big[i] = L'a' + i % 26;
	big[399] = 0;
	CHECK_INT(fwprintf(f, big), 399);
	/* The bytes in the file (glibc's stream is wide-oriented now, which
	 * a byte read would refuse). */
	CHECK_INT(fflush(f), 0);
	memset(text, 0, sizeof text);
	CHECK(pread(fileno(f), text, sizeof text - 1, 0) > 0);
	char want[1024] = "42-   ab-xy|qzff\xc3\xa9\xe4\xb8\xad";
	size_t w = strlen(want);
	for (int i = 0; i < 399 && w < sizeof want - 1; i++)
		want[w++] = (char)('a' + i % 26);
	want[w] = 0;
	CHECK_STR(text, want);
	fclose(f);

	/* swprintf counts wide characters: "é中" is two. */
	CHECK_INT(swprintf(ws, 64, L"<%ls:%d>", L"\u00e9\u4e2d", -7), 7);
	CHECK(wcscmp(ws, L"<\u00e9\u4e2d:-7>") == 0);
	CHECK_INT(swprintf(ws, 8, L"%s", "1234567"), 7);
	/* One more does not fit with the null: -1. */
	CHECK_INT(swprintf(ws, 8, L"%s", "12345678"), -1);
	CHECK_INT(swprintf(ws, 1, L""), 0);
	CHECK(ws[0] == 0);
	/* A format that is no wide text (a lone surrogate) fails in taskrt,
	 * which converts it to UTF-8 (glibc prints it as it is). */
	errno = 0;
	TASKRT_ONLY(CHECK_INT(swprintf(ws, 64, L"a\xd800"), -1));
	TASKRT_ONLY(CHECK_INT(errno, EILSEQ));
	return check_done();
}
