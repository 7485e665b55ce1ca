/* <wctype.h>: ASCII classes in every locale, Unicode's in C.UTF-8 and
 * none in C; case mapping; classes and mappings by name. */
#include <locale.h>
#include <wctype.h>
#include "check.h"

int main(void)
{
	CHECK(iswalpha('a') && !iswalpha('1'));
	CHECK(iswdigit('7') && !iswdigit('a'));
	CHECK(iswxdigit('F') && !iswxdigit('g'));
	CHECK(iswspace(' ') && iswspace('\n') && !iswspace('x'));
	CHECK(iswupper('Q') && iswlower('q'));
	CHECK(iswpunct('!') && iswprint(' ') && !iswgraph(' '));
	CHECK(iswcntrl(0x7f) && iswblank('\t'));
	CHECK_INT(towupper('a'), 'A');
	CHECK_INT(towlower('Z'), 'z');
	/* C: nothing above ASCII */
	CHECK(!iswalpha(0xe9));
	CHECK_INT(towlower(0xc9), 0xc9);
	CHECK(!iswprint(0x4e00));

	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != 0);
	CHECK(iswalpha(0xe9) && iswalpha(0x4e00) && iswalpha(0x3b1));
	CHECK(iswupper(0xc9) && !iswlower(0xc9));
	CHECK(iswlower(0x3b1));
	CHECK_INT(towlower(0xc9), 0xe9);
	CHECK_INT(towupper(0xe9), 0xc9);
	CHECK_INT(towupper(0x3b1), 0x391);     /* Greek alpha */
	CHECK_INT(towlower(0x410), 0x430);     /* Cyrillic A */
	CHECK_INT(towupper(0x101), 0x100);     /* Latin Extended-A, alternating */
	CHECK_INT(towupper(0x100), 0x100);
	CHECK_INT(towlower(0x100), 0x101);
	CHECK_INT(towupper(0xff), 0x178);      /* ÿ -> Ÿ */
	CHECK_INT(towupper(0x4e00), 0x4e00);
	CHECK(iswspace(0x3000) && !iswspace(0xa0));
	CHECK(iswpunct(0xa1) && iswprint(0xe9));
	CHECK(!iswdigit(0x663));               /* Arabic-Indic: not a digit, as glibc */
	CHECK(!iswalpha(0xd800));
	CHECK(!iswprint(0x10ffff));
	CHECK(!iswalpha(WEOF));

	/* by name */
	CHECK(wctype("alpha") != 0 && wctype("nonsense") == 0);
	CHECK(iswctype(0xe9, wctype("alpha")));
	CHECK(!iswctype('1', wctype("alpha")));
	CHECK(iswctype('1', wctype("digit")));
	CHECK(!iswctype('1', 0));
	CHECK(wctrans("toupper") != 0 && wctrans("nonsense") == 0);
	CHECK_INT(towctrans(0xe9, wctrans("toupper")), 0xc9);
	CHECK_INT(towctrans('A', wctrans("tolower")), 'a');
	return check_done();
}
