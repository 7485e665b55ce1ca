/* fnmatch: '*', '?', bracket expressions and '\\' escapes.
 *
 * One pass with one way back: when a later character fails, the most
 * recent '*' takes one more character and the pattern resumes after
 * it.  Going back to an earlier '*' never helps, since the later one
 * can absorb whatever the earlier would have: that holds under
 * FNM_PATHNAME too, where no '*' crosses a '/' and the pattern's own
 * '/'s pin the string's. */
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>
#include "internal/charclass.h"

static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

/* The bracket expression after the '[' at *pp: 1 if it holds c (under
 * FNM_CASEFOLD: lower-case c against lower-cased bounds, but classes
 * test c itself, as glibc does), 0 if
 * not, and *pp moves past its ']'; -1 if it has no ']' (then the '[' is
 * an ordinary character); -2 for an unknown class name, which glibc
 * answers with FNM_NOMATCH whatever the rest. */
static int bracket(const char **pp, int c, int flags)
{
	const char *p = *pp;
	int negate = 0, in = 0, lc = fold(c, flags);

	if (*p == '!' || *p == '^') {
		negate = 1;
		p++;
	}
	for (int first = 1; first || *p != ']'; first = 0) {
		int lo, hi;

		if (!*p)
			return -1;
		if (p[0] == '[' && (p[1] == ':' || p[1] == '=' || p[1] == '.')) {
			const char *end = p + 2;
			int kind = p[1];

			while (*end && !(end[0] == kind && end[1] == ']'))
				end++;
			if (!*end)
				return -1;
			if (kind == ':') {
				int cls = __char_class(p + 2, (size_t)(end - p - 2));

				if (!cls)
					return -2;
				if (__in_char_class(cls, c))
					in = 1;
				p = end + 2;
				continue;
			}
			if (end - p != 3)       /* one character: "[=a=]", "[.a.]" */
				return -1;
			lo = (unsigned char)p[2];
			p = end + 2;
		} else {
			if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
				p++;
			lo = (unsigned char)*p++;
		}
		hi = lo;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
				p++;
			hi = (unsigned char)*p++;
		}
		if (lc >= fold(lo, flags) && lc <= fold(hi, flags))
			in = 1;
	}
	*pp = p + 1;
	return in != negate;
}

int __fnmatch(const char *p, const char *s, int flags)
{
	const char *start = s, *star_p = 0, *star_s = 0;
	int path = flags & FNM_PATHNAME;

	for (;;) {
		int c = (unsigned char)*p;
		int leading = (flags & FNM_PERIOD) && *s == '.'
		              && (s == start || (path && s[-1] == '/'));

		if (c == '*') {
			while (*p == '*')
				p++;
			if (leading)
				goto back;
			if (!*p && (!path || (flags & FNM_LEADING_DIR) || !strchr(s, '/')))
				return 0;
			star_p = p;
			star_s = s;
			continue;
		}
		if (c == '?') {
			if (!*s || (path && *s == '/') || leading)
				goto back;
			p++;
			s++;
			continue;
		}
		if (c == '[') {
			const char *q = p + 1;
			int r;

			if (!*s || (path && *s == '/') || leading)
				goto back;
			r = bracket(&q, (unsigned char)*s, flags);
			if (r == -2)
				return FNM_NOMATCH;
			if (r >= 0) {
				if (!r)
					goto back;
				p = q;
				s++;
				continue;
			}
		}
		if (!c) {
			if (!*s || ((flags & FNM_LEADING_DIR) && *s == '/'))
				return 0;
			goto back;
		}
		if (c == '\\' && !(flags & FNM_NOESCAPE)) {
			c = (unsigned char)*++p;
			if (!c)
				return FNM_NOMATCH;     /* a trailing '\\' matches nothing */
		}
		if (*s && fold(c, flags) == fold((unsigned char)*s, flags)) {
			p++;
			s++;
			continue;
		}
back:
		/* The last '*' takes one more character, if it may. */
		if (!star_p || !*star_s || (path && *star_s == '/'))
			return FNM_NOMATCH;
		p = star_p;
		s = ++star_s;
	}
}
weak_alias(__fnmatch, fnmatch);
