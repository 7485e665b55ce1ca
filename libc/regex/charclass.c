#include <ctype.h>
#include <string.h>
#include "internal/charclass.h"

/* Class n is names[n - 1]; the order is the switch's below. */
static const char names[][7] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};

int __char_class(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (len < sizeof names[i] && !memcmp(names[i], name, len) && !names[i][len])
			return (int)i + 1;
	return 0;
}

int __in_char_class(int cls, int c)
{
	switch (cls) {
	case 1: return isalnum(c);
	case 2: return isalpha(c);
	case 3: return isblank(c);
	case 4: return iscntrl(c);
	case 5: return isdigit(c);
	case 6: return isgraph(c);
	case 7: return islower(c);
	case 8: return isprint(c);
	case 9: return ispunct(c);
	case 10: return isspace(c);
	case 11: return isupper(c);
	case 12: return isxdigit(c);
	}
	return 0;
}
