/* <locale.h> and <langinfo.h>: the names setlocale accepts and answers
 * (one category, all of them, the composite form, the environment), what
 * it refuses, localeconv, nl_langinfo, and locale objects. */
#define _GNU_SOURCE   /* newlocale, uselocale: for the glibc build */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "check.h"

int main(void)
{
	struct lconv *lc;
	locale_t utf8, c, old;
	char saved[512];
	wchar_t wc;

	CHECK_STR(setlocale(LC_ALL, 0), "C");
	CHECK_INT(MB_CUR_MAX, 1);
	CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	CHECK_STR(setlocale(LC_ALL, "C.UTF-8"), "C.UTF-8");
	CHECK_STR(setlocale(LC_CTYPE, 0), "C.UTF-8");
	CHECK_INT(MB_CUR_MAX, 6);
	CHECK_STR(nl_langinfo(CODESET), "UTF-8");
	CHECK_STR(setlocale(LC_ALL, "POSIX"), "C");
	CHECK_STR(setlocale(LC_ALL, "C.utf8"), "C.utf8");   /* as spelt, as glibc */

	/* one category: LC_ALL then answers with the composite form, which
	 * setlocale takes back */
	CHECK_STR(setlocale(LC_ALL, "C"), "C");
	CHECK_STR(setlocale(LC_CTYPE, "C.UTF-8"), "C.UTF-8");
	CHECK_STR(setlocale(LC_NUMERIC, 0), "C");
	strcpy(saved, setlocale(LC_ALL, 0));
	CHECK(strncmp(saved, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;", 30) == 0);
	CHECK_STR(setlocale(LC_ALL, "C"), "C");
	CHECK_STR(setlocale(LC_ALL, saved), saved);
	CHECK_STR(setlocale(LC_CTYPE, 0), "C.UTF-8");

	/* refused: nothing changes */
	CHECK(setlocale(LC_ALL, "xx_YY.UTF-8") == 0);
	CHECK(setlocale(LC_TIME, "de_DE") == 0);
	CHECK(setlocale(99, "C") == 0);
	CHECK(setlocale(-1, 0) == 0);
	CHECK_STR(setlocale(LC_CTYPE, 0), "C.UTF-8");

	/* "": from the environment, LC_ALL first */
	setenv("LANG", "C.UTF-8", 1);
	unsetenv("LC_ALL");
	unsetenv("LC_CTYPE");
	CHECK_STR(setlocale(LC_ALL, "C"), "C");
	CHECK_STR(setlocale(LC_ALL, ""), "C.UTF-8");
	setenv("LC_ALL", "C", 1);
	CHECK_STR(setlocale(LC_ALL, ""), "C");
	setenv("LC_ALL", "nowhere", 1);
	CHECK(setlocale(LC_ALL, "") == 0);
	CHECK_STR(setlocale(LC_ALL, 0), "C");
	unsetenv("LC_ALL");

	/* the C conventions */
	lc = localeconv();
	CHECK_STR(lc->decimal_point, ".");
	CHECK_STR(lc->thousands_sep, "");
	CHECK_STR(lc->grouping, "");
	CHECK_STR(lc->currency_symbol, "");
	CHECK_INT(lc->frac_digits, CHAR_MAX);
	CHECK_STR(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
	CHECK_STR(nl_langinfo(D_FMT), "%m/%d/%y");
	CHECK_STR(nl_langinfo(DAY_1), "Sunday");
	CHECK_STR(nl_langinfo(ABMON_12), "Dec");
	CHECK_STR(nl_langinfo(RADIXCHAR), ".");
	CHECK_STR(nl_langinfo(YESEXPR), "^[yY]");
	CHECK_STR(nl_langinfo(AM_STR), "AM");

	/* locale objects: the thread's own, then back to the global one */
	utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", 0);
	CHECK(utf8 != 0);
	c = newlocale(LC_ALL_MASK, "C", 0);
	CHECK(c != 0);
	CHECK(newlocale(LC_ALL_MASK, "nowhere", 0) == 0);
	old = uselocale(utf8);
	CHECK(old == LC_GLOBAL_LOCALE);
	CHECK_INT(MB_CUR_MAX, 6);
	CHECK_INT(mbtowc(&wc, "\xc3\xa9", 2), 2);
	CHECK_INT(wc, 0xe9);
	CHECK_STR(nl_langinfo(CODESET), "UTF-8");
	CHECK(uselocale(0) == utf8);
	CHECK(uselocale(c) == utf8);
	CHECK_INT(MB_CUR_MAX, 1);
	CHECK(uselocale(LC_GLOBAL_LOCALE) == c);
	CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	locale_t copy = duplocale(utf8);
	CHECK(copy != 0);
	freelocale(copy);
	freelocale(utf8);
	freelocale(c);
	return check_done();
}
