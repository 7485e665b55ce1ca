/* fnmatch: wildcards, brackets (ranges, negation, classes, ']' first),
 * escapes, and each flag, against glibc's answers. */
#include <fnmatch.h>
#include "check.h"

#define P FNM_PATHNAME
#define E FNM_NOESCAPE
#define D FNM_PERIOD
#define L FNM_LEADING_DIR
#define C FNM_CASEFOLD

static const struct { const char *pat, *str; int flags, want; } cases[] = {
	{ "abc", "abc", 0, 0 }, { "abc", "abd", 0, 1 }, { "abc", "ab", 0, 1 },
	{ "", "", 0, 0 }, { "", "a", 0, 1 }, { "a", "", 0, 1 },
	{ "*", "", 0, 0 }, { "*", "anything", 0, 0 }, { "a*", "a", 0, 0 },
	{ "a*c", "abbbc", 0, 0 }, { "a*c", "abbbd", 0, 1 }, { "*a*b*c*", "xaxbxcx", 0, 0 },
	{ "*a*b*c*", "xaxcxbx", 0, 1 }, { "a**b", "ab", 0, 0 }, { "??", "ab", 0, 0 },
	{ "??", "a", 0, 1 }, { "a?c", "a/c", 0, 0 }, { "a?c", "a/c", P, 1 },
	{ "a*c", "a/c", P, 1 }, { "a*", "a/c", P, 1 }, { "a*/c", "ab/c", P, 0 },
	{ "*/*", "a/b", P, 0 }, { "*", "a/b", P, 1 }, { "a/*/c", "a/b/x/c", P, 1 },
	{ "a[/]c", "a/c", P, 1 }, { "a[/]c", "a/c", 0, 0 },
	/* brackets */
	{ "[abc]", "b", 0, 0 }, { "[abc]", "d", 0, 1 }, { "[a-c]x", "bx", 0, 0 },
	{ "[!a-c]", "b", 0, 1 }, { "[!a-c]", "d", 0, 0 }, { "[^a-c]", "d", 0, 0 },
	{ "[]]", "]", 0, 0 }, { "[]a]", "a", 0, 0 }, { "[!]]", "]", 0, 1 },
	{ "[a-]", "-", 0, 0 }, { "[-a]", "-", 0, 0 }, { "[z-a]", "m", 0, 1 },
	{ "[[:alpha:]]", "q", 0, 0 }, { "[[:alpha:]]", "1", 0, 1 },
	{ "[[:digit:][:upper:]]", "7", 0, 0 }, { "[[:digit:][:upper:]]", "Q", 0, 0 },
	{ "[[:digit:][:upper:]]", "q", 0, 1 }, { "[![:space:]]", " ", 0, 1 },
	{ "[[:xdigit:]]*", "fz", 0, 0 }, { "[[:nope:]]", "a", 0, 1 },
	{ "[[:punct:]]", "!", 0, 0 }, { "[[=a=]]", "a", 0, 0 }, { "[[.b.]]", "b", 0, 0 },
	{ "[", "[", 0, 0 }, { "[a", "[a", 0, 0 }, { "a[", "a[", 0, 0 },
	{ "[\\]]", "]", 0, 0 }, { "[\\!a]", "!", 0, 0 },
	/* escapes */
	{ "\\*", "*", 0, 0 }, { "\\*", "a", 0, 1 }, { "\\a", "a", 0, 0 },
	{ "a\\", "a\\", 0, 1 }, { "\\*", "\\a", E, 0 }, { "\\*", "\\*", E, 0 },
	{ "a\\", "a\\", E, 0 }, { "\\?", "?", 0, 0 }, { "\\?", "x", 0, 1 },
	/* FNM_PERIOD */
	{ "*", ".a", D, 1 }, { "*", ".a", 0, 0 }, { "?a", ".a", D, 1 },
	{ "[.]a", ".a", D, 1 }, { ".*", ".a", D, 0 }, { "a*", "a.b", D, 0 },
	{ "*/*", "a/.b", P | D, 1 }, { "*/.*", "a/.b", P | D, 0 }, { "*", "a/.b", D, 0 },
	{ "*.c", ".c", D, 1 },
	/* FNM_LEADING_DIR and FNM_CASEFOLD */
	{ "a", "a/b", L, 0 }, { "a", "a/b", 0, 1 }, { "a*", "ab/c/d", P | L, 0 },
	{ "a/b", "a/b/c", P | L, 0 }, { "a", "ab", L, 1 },
	{ "ABC", "abc", C, 0 }, { "abc", "ABC", C, 0 }, { "[a-c]", "B", C, 0 },
	{ "[A-C]", "b", C, 0 }, { "[[:upper:]]", "b", C, 1 }, { "[[:lower:]]", "B", C, 1 }, { "[[:lower:]]", "b", C, 0 }, { "abc", "ABC", 0, 1 },
};

int main(void)
{
	for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
		int got = fnmatch(cases[i].pat, cases[i].str, cases[i].flags);

		if (got != cases[i].want) {
			check_puts(cases[i].pat); check_puts(" vs "); check_puts(cases[i].str); check_puts(":\n");
		}
		CHECK_INT(got, cases[i].want);
	}
	CHECK_INT(FNM_NOMATCH, 1);
	return check_done();
}
