/* Classes and mappings by name: wctype/iswctype and wctrans/towctrans.
 * A wctype_t is 1 + the class's index below, 0 for no class; a wctrans_t
 * points at one of two markers, NULL for no mapping. */
#include <string.h>
#include <wctype.h>

static const char names[][7] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};
static int (*const tests[])(wint_t) = {
	iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
	iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};

wctype_t wctype(const char *name)
{
	for (unsigned i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcmp(name, names[i]))
			return i + 1;
	return 0;
}

int iswctype(wint_t c, wctype_t type)
{
	if (!type || type > sizeof tests / sizeof *tests)
		return 0;
	return tests[type - 1](c);
}

static const int to_lower, to_upper;

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "tolower"))
		return &to_lower;
	if (!strcmp(name, "toupper"))
		return &to_upper;
	return 0;
}

wint_t towctrans(wint_t c, wctrans_t t)
{
	if (t == &to_lower)
		return towlower(c);
	if (t == &to_upper)
		return towupper(c);
	return c;
}
