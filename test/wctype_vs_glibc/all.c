/* Every code point through every <wctype.h> function and wcwidth, in
 * C.UTF-8 and in C, as one line per function and locale: the count of
 * code points where it answers "yes" (or maps, or has each width) and an
 * FNV-1a hash of all its answers.  Built once with taskrt and once with
 * glibc: the lines must be equal (test/wctype_vs_glibc.sh). */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

static unsigned long long hash = 1469598103934665603ull;

static void mix(unsigned v)
{
	for (int i = 0; i < 4; i++, v >>= 8)
		hash = (hash ^ (v & 0xff)) * 1099511628211ull;
}

#define CLASS(f) do { \
	unsigned long yes = 0; hash = 1469598103934665603ull; \
	for (unsigned c = 0; c <= 0x10ffff; c++) { int r = f(c) != 0; yes += r; mix(r); } \
	printf("%s %s: %lu yes, hash %016llx\n", locale, #f, yes, hash); } while (0)
#define MAP(f) do { \
	unsigned long moved = 0; hash = 1469598103934665603ull; \
	for (unsigned c = 0; c <= 0x10ffff; c++) { unsigned r = f(c); moved += r != c; mix(r); } \
	printf("%s %s: %lu mapped, hash %016llx\n", locale, #f, moved, hash); } while (0)

int main(void)
{
	static const char *const locales[] = { "C", "C.UTF-8" };

	for (int i = 0; i < 2; i++) {
		const char *locale = locales[i];
		if (!setlocale(LC_ALL, locale)) {
			printf("no locale %s\n", locale);
			return 1;
		}
		CLASS(iswalnum); CLASS(iswalpha); CLASS(iswblank); CLASS(iswcntrl);
		CLASS(iswdigit); CLASS(iswgraph); CLASS(iswlower); CLASS(iswprint);
		CLASS(iswpunct); CLASS(iswspace); CLASS(iswupper); CLASS(iswxdigit);
		MAP(towlower); MAP(towupper);
		unsigned long widths[4] = { 0 };
		hash = 1469598103934665603ull;
		for (unsigned c = 0; c <= 0x10ffff; c++) {
			int w = wcwidth(c);
			widths[w + 1]++;
			mix(w);
		}
		printf("%s wcwidth: %lu of -1, %lu of 0, %lu of 1, %lu of 2, hash %016llx\n",
		       locale, widths[0], widths[1], widths[2], widths[3], hash);
	}
	return 0;
}
