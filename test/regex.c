/* <regex.h>: a table of patterns (basic and extended, with REG_ICASE,
 * REG_NEWLINE, REG_NOTBOL, REG_NOTEOL), strings and the offsets of the
 * match and each subexpression, all glibc's own answers, including
 * leftmost-longest with glibc's choice of subexpressions, and the bad
 * patterns with their error codes; then regerror's texts and sizes,
 * REG_NOSUB, REG_STARTEND, unused pmatch slots, and patterns whose paths
 * multiply (they must answer quickly) or run long. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include "check.h"

/* flags: E extended, i icase, n newline, s nosub; b notbol, e noteol. */
static const struct {
	const char *flags, *pattern;
	int comp, nsub;                 /* regcomp's answer, re_nsub */
	const char *string;             /* NULL: compile only */
	int exec;                       /* regexec's answer */
	const char *offsets;            /* "(so,eo)" for 0 .. nsub */
} cases[] = {
	{ "E", "(a|ab)(c|bcd)(d*)", 0, 3, "abcd", 0, "(0,4) (0,1) (1,4) (4,4)" },
	{ "E", "(a*)*", 0, 1, "b", 0, "(0,0) (0,0)" },
	{ "E", "(a*)*", 0, 1, "aa", 0, "(0,2) (0,2)" },
	{ "E", "(a*)+", 0, 1, "b", 0, "(0,0) (0,0)" },
	{ "E", "(a|b)*", 0, 1, "ab", 0, "(0,2) (1,2)" },
	{ "E", "((a)|b)*", 0, 2, "ab", 0, "(0,2) (1,2) (0,1)" },
	{ "E", "(a*)(a*)", 0, 2, "aa", 0, "(0,2) (0,2) (2,2)" },
	{ "E", "(.)*", 0, 1, "abc", 0, "(0,3) (2,3)" },
	{ "E", "(a|ab)(bc|c)", 0, 2, "abc", 0, "(0,3) (0,1) (1,3)" },
	{ "E", "x(a|ab)*y", 0, 1, "xabay", 0, "(0,5) (3,4)" },
	{ "E", "(a+|b+)*c", 0, 1, "aabbc", 0, "(0,5) (2,4)" },
	{ "E", "(ab|a)(bc|c)?", 0, 2, "abc", 0, "(0,3) (0,2) (2,3)" },
	{ "E", "a(b)?c", 0, 1, "ac", 0, "(0,2) (-1,-1)" },
	{ "E", "(a)|b", 0, 1, "b", 0, "(0,1) (-1,-1)" },
	{ "E", "(^a)", 0, 1, "xa", 1, "" },
	{ "", "\\(a*\\)\\1", 0, 1, "aaaa", 0, "(0,4) (0,2)" },
	{ "", "\\(a\\|b\\)*\\1", 0, 1, "abb", 0, "(0,3) (1,2)" },
	{ "E", "(a)\\1", 0, 1, "aa", 0, "(0,2) (0,1)" },
	{ "E", "(a+)b\\1", 0, 1, "aaba", 0, "(1,4) (1,2)" },
	{ "", "a\\{2,3\\}", 0, 0, "aaaa", 0, "(0,3)" },
	{ "E", "a{2,3}", 0, 0, "xaaaay", 0, "(1,4)" },
	{ "E", "a{0}b", 0, 0, "ab", 0, "(1,2)" },
	{ "E", "[[:digit:]]+", 0, 0, "ab123c", 0, "(2,5)" },
	{ "E", "[^a-c]+", 0, 0, "abcdefabc", 0, "(3,6)" },
	{ "E", "^abc$", 0, 0, "abc", 0, "(0,3)" },
	{ "n", "^b", 0, 0, "a\nb", 0, "(2,3)" },
	{ "n", "a$", 0, 0, "a\nb", 0, "(0,1)" },
	{ "", "^b", 0, 0, "a\nb", 1, "" },
	{ "b", "^a", 0, 0, "ab", 1, "" },
	{ "e", "b$", 0, 0, "ab", 1, "" },
	{ "nb", "^a", 0, 0, "a\na", 0, "(2,3)" },
	{ "i", "ABC", 0, 0, "xabcx", 0, "(1,4)" },
	{ "i", "[a-c]+", 0, 0, "xABCx", 1, "" },
	{ "Ei", "(a)\\1", 0, 1, "aA", 0, "(0,2) (0,1)" },
	{ "E", "a.c", 0, 0, "a\nc", 0, "(0,3)" },
	{ "En", "a.c", 0, 0, "a\nc", 1, "" },
	{ "En", "a[^x]c", 0, 0, "a\nc", 1, "" },
	{ "E", "\\bfoo\\b", 0, 0, "a foo b", 0, "(2,5)" },
	{ "E", "\\<foo\\>", 0, 0, "foofoo foo", 0, "(7,10)" },
	{ "E", "\\w+", 0, 0, "  ab_c1 ", 0, "(2,7)" },
	{ "E", "\\s+", 0, 0, "ab  c", 0, "(2,4)" },
	{ "E", "\\Bo\\B", 0, 0, "foo", 0, "(1,2)" },
	{ "E", "a|b|c", 0, 0, "xxc", 0, "(2,3)" },
	{ "E", "(a|b|c)+", 0, 1, "abcabc", 0, "(0,6) (5,6)" },
	{ "E", "()", 0, 1, "x", 0, "(0,0) (0,0)" },
	{ "E", "(|a)+", 0, 1, "aa", 0, "(0,2) (1,2)" },
	{ "E", "(a|)+", 0, 1, "aa", 0, "(0,2) (1,2)" },
	{ "E", "(a?)+", 0, 1, "aa", 0, "(0,2) (1,2)" },
	{ "E", "(a*)*b", 0, 1, "aab", 0, "(0,3) (0,2)" },
	{ "E", "(a*|b)*", 0, 1, "ab", 0, "(0,2) (1,2)" },
	{ "E", "((a*)(b*))*", 0, 3, "abab", 0, "(0,4) (2,4) (2,3) (3,4)" },
	{ "E", "(a)*(b)", 0, 2, "aab", 0, "(0,3) (1,2) (2,3)" },
	{ "E", "a*", 0, 0, "bbb", 0, "(0,0)" },
	{ "E", "a+", 0, 0, "bbb", 1, "" },
	{ "", "\\(\\)", 0, 1, "x", 0, "(0,0) (0,0)" },
	{ "", "a\\|b", 0, 0, "b", 0, "(0,1)" },
	{ "", "a\\+", 0, 0, "xaa", 0, "(1,3)" },
	{ "", "a\\?b", 0, 0, "b", 0, "(0,1)" },
	{ "", "^*a", 0, 0, "*a", 0, "(0,2)" },
	{ "", "a\\{1,\\}", 0, 0, "aaa", 0, "(0,3)" },
	{ "E", "x*", 0, 0, "", 0, "(0,0)" },
	{ "E", "$", 0, 0, "abc", 0, "(3,3)" },
	{ "E", "^", 0, 0, "abc", 0, "(0,0)" },
	{ "E", "(.*)(.*)", 0, 2, "abc", 0, "(0,3) (0,3) (3,3)" },
	{ "E", "(.*)c(.*)", 0, 2, "abcabc", 0, "(0,6) (0,5) (6,6)" },
	{ "E", "(a|b)(c|d)*\\2", 0, 2, "acdd", 0, "(0,4) (0,1) (2,3)" },
	{ "E", "[]a]+", 0, 0, "a]a", 0, "(0,3)" },
	{ "E", "[a-]+", 0, 0, "-a-", 0, "(0,3)" },
	{ "E", "[[:alpha:][:digit:]]+", 0, 0, "-a1-", 0, "(1,3)" },
	{ "E", "[[.-.]]", 0, 0, "-", 0, "(0,1)" },
	{ "E", "a{1,2}{2}", 0, 0, "aaaaa", 0, "(0,4)" },
	{ "E", "(ab){2}", 0, 1, "ababab", 0, "(0,4) (2,4)" },
	{ "E", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", 0, 10, "abcdefghij", 0, "(0,10) (0,1) (1,2) (2,3) (3,4) (4,5) (5,6) (6,7) (7,8) (8,9)" },
	{ "E", "(wee|week)(knights|night)", 0, 2, "weeknights", 0, "(0,10) (0,3) (3,10)" },
	{ "E", "(a.*z|b.*y)", 0, 1, "azbazby", 0, "(0,5) (0,5)" },
	{ "E", "(a.*z|b.*y)*", 0, 1, "azbazby", 0, "(0,7) (5,7)" },
	{ "E", "(.?)(.?)(.?)", 0, 3, "ab", 0, "(0,2) (0,1) (1,2) (2,2)" },
	{ "E", "(a|aa)*", 0, 1, "aaa", 0, "(0,3) (2,3)" },
	{ "E", "(aa|a)*", 0, 1, "aaa", 0, "(0,3) (2,3)" },
	{ "E", "(a|aa)(a|aa)", 0, 2, "aaa", 0, "(0,3) (0,1) (1,3)" },
	{ "E", "(a*)(b|abc)", 0, 2, "abc", 0, "(0,3) (0,0) (0,3)" },
	{ "E", "(a*)(b|abc)(c*)", 0, 3, "abc", 0, "(0,3) (0,1) (1,2) (2,3)" },
	{ "E", "(x+)(x*)", 0, 2, "xxx", 0, "(0,3) (0,3) (3,3)" },
	{ "E", "(x*)(x+)", 0, 2, "xxx", 0, "(0,3) (0,2) (2,3)" },
	{ "E", "(a*)b*\\1", 0, 1, "aabaa", 0, "(0,5) (0,2)" },
	{ "E", "(.*)\\1", 0, 1, "abab", 0, "(0,4) (0,2)" },
	{ "E", "a(b|c)*d", 0, 1, "xabcbdx", 0, "(1,6) (4,5)" },
	{ "E", "(foo|foobar)(bar)?", 0, 2, "foobar", 0, "(0,6) (0,3) (3,6)" },
	{ "", "\\(ab\\)*c", 0, 1, "ababc", 0, "(0,5) (2,4)" },
	{ "", "a\\.b", 0, 0, "a.b", 0, "(0,3)" },
	{ "", "a\\.b", 0, 0, "axb", 1, "" },
	{ "E", "a\\.b", 0, 0, "axb", 1, "" },
	{ "", "[.]", 0, 0, "x.", 0, "(1,2)" },
	{ "E", "[[:upper:]][[:lower:]]*", 0, 0, "xHello", 0, "(1,6)" },
	{ "E", "[[:space:]]+", 0, 0, "a \t b", 0, "(1,4)" },
	{ "E", "[[:punct:]]", 0, 0, "ab!", 0, "(2,3)" },
	{ "E", "[[:xdigit:]]+", 0, 0, "xx0fAgz", 0, "(2,5)" },
	{ "E", "[^[:alnum:]]", 0, 0, "ab_c", 0, "(2,3)" },
	{ "E", "colou?r", 0, 0, "my color", 0, "(3,8)" },
	{ "E", "(a|b){3}", 0, 1, "ababab", 0, "(0,3) (2,3)" },
	{ "E", "^(a|b){2,}$", 0, 1, "abab", 0, "(0,4) (3,4)" },
	{ "E", "^(a|b){2,}$", 0, 1, "a", 1, "" },
	{ "E", "x{2,}", 0, 0, "xxxx", 0, "(0,4)" },
	{ "i", "hello", 0, 0, "HeLLo world", 0, "(0,5)" },
	{ "Ei", "[^a]", 0, 0, "A", 1, "" },
	{ "Eb", "^a", 0, 0, "a", 1, "" },
	{ "Ee", "a$", 0, 0, "a", 1, "" },
	{ "E", "\\`a", 0, 0, "ba", 1, "" },
	{ "E", "a\\'", 0, 0, "ab", 1, "" },
	{ "n", ".", 0, 0, "\n", 1, "" },
	{ "n", "[^b]", 0, 0, "\nb", 1, "" },
	{ "E", "(a)(b)?", 0, 2, "a", 0, "(0,1) (0,1) (-1,-1)" },
	{ "E", "a", 0, 0, "bbb", 1, "" },
	{ "E", "\\(", 0, 0, "(a", 0, "(0,1)" },
	{ "", "(a)", 0, 0, "(a)", 0, "(0,3)" },
	{ "", "a{2}", 0, 0, "a{2}", 0, "(0,4)" },
	{ "", "\\(a\\)\\(b\\)\\2\\1", 0, 2, "abba", 0, "(0,4) (0,1) (1,2)" },
	{ "", "\\(.\\)\\1", 0, 1, "xyzzy", 0, "(2,4) (2,3)" },
	{ "E", "*a", 13, 0, NULL, 0, "" },
	{ "E", "a**", 0, 0, NULL, 0, "" },
	{ "E", "a|*b", 13, 0, NULL, 0, "" },
	{ "E", "(*a)", 13, 0, NULL, 0, "" },
	{ "E", "a{", 9, 0, NULL, 0, "" },
	{ "E", "a{x", 9, 0, NULL, 0, "" },
	{ "E", "a{1", 9, 0, NULL, 0, "" },
	{ "E", "a{1,x}", 10, 0, NULL, 0, "" },
	{ "E", "a{2,1}", 10, 0, NULL, 0, "" },
	{ "E", "a{,2}", 0, 0, NULL, 0, "" },
	{ "E", "a{40000}", 15, 0, NULL, 0, "" },
	{ "E", "a{1}{2}", 0, 0, NULL, 0, "" },
	{ "E", ")", 0, 0, NULL, 0, "" },
	{ "E", "a)", 0, 0, NULL, 0, "" },
	{ "E", "(a", 8, 0, NULL, 0, "" },
	{ "E", "()", 0, 1, NULL, 0, "" },
	{ "E", "a||b", 0, 0, NULL, 0, "" },
	{ "E", "|a", 0, 0, NULL, 0, "" },
	{ "E", "a|", 0, 0, NULL, 0, "" },
	{ "E", "^*", 13, 0, NULL, 0, "" },
	{ "E", "a+?", 0, 0, NULL, 0, "" },
	{ "", "\\(a", 8, 0, NULL, 0, "" },
	{ "", "a\\)", 8, 0, NULL, 0, "" },
	{ "", "\\{1\\}", 13, 0, NULL, 0, "" },
	{ "", "a\\{1", 9, 0, NULL, 0, "" },
	{ "", "a\\{x\\}", 10, 0, NULL, 0, "" },
	{ "", "*a", 0, 0, NULL, 0, "" },
	{ "", "\\(*a\\)", 0, 1, NULL, 0, "" },
	{ "", "^*a", 0, 0, NULL, 0, "" },
	{ "", "a\\1", 6, 0, NULL, 0, "" },
	{ "", "\\(a\\1\\)", 6, 0, NULL, 0, "" },
	{ "", "\\(a\\)\\2", 6, 0, NULL, 0, "" },
	{ "E", "(a)\\1", 0, 1, NULL, 0, "" },
	{ "", "[a", 7, 0, NULL, 0, "" },
	{ "", "[[:foo:]]", 4, 0, NULL, 0, "" },
	{ "", "[z-a]", 11, 0, NULL, 0, "" },
	{ "", "[[.ab.]]", 3, 0, NULL, 0, "" },
	{ "", "[[.a.]]", 0, 0, NULL, 0, "" },
	{ "", "a\\", 5, 0, NULL, 0, "" },
	{ "", "", 0, 0, NULL, 0, "" },
	{ "E", "", 0, 0, NULL, 0, "" },
	{ "E", "a{1,2}{3}", 0, 0, NULL, 0, "" },
	{ "E", "a*{2}", 0, 0, NULL, 0, "" },
	{ "", "a**", 13, 0, NULL, 0, "" },
	{ "", "a\\{1\\}*", 13, 0, NULL, 0, "" },
	{ "E", "[[:alpha:]", 7, 0, NULL, 0, "" },
	{ "E", "[]", 7, 0, NULL, 0, "" },
	{ "E", "[]a]", 0, 0, NULL, 0, "" },
	{ "E", "[^]a]", 0, 0, NULL, 0, "" },
	{ "E", "\\w+", 0, 0, NULL, 0, "" },
	{ "", "\\(^a\\)", 0, 1, NULL, 0, "" },
	{ "", "a^b", 0, 0, NULL, 0, "" },
	{ "", "a$b", 0, 0, NULL, 0, "" },
	{ "E", "a^b", 0, 0, NULL, 0, "" },
	{ "E", "(a$)b", 0, 1, NULL, 0, "" },
	{ "E", "x{0}", 0, 0, NULL, 0, "" },
	{ "E", "{1}", 13, 0, NULL, 0, "" },
	{ "E", "a{1,2,3}", 10, 0, NULL, 0, "" },
	{ "E", "a{ 1}", 10, 0, NULL, 0, "" },
	{ "", "\\(\\)", 0, 1, NULL, 0, "" },
	{ "E", "(|a)", 0, 1, NULL, 0, "" },
	{ "E", "a{32767}", 0, 0, NULL, 0, "" },
	{ "E", "a{32768}", 15, 0, NULL, 0, "" },
	{ "", "[[=a=]]", 0, 0, NULL, 0, "" },
	{ "", "[[=ab=]]", 3, 0, NULL, 0, "" },
	{ "", "[a-[.z.]]", 0, 0, NULL, 0, "" },
	{ "", "[[:alpha:]-z]", 11, 0, NULL, 0, "" },
	{ "", "[a-]", 0, 0, NULL, 0, "" },
	{ "", "[--/]", 0, 0, NULL, 0, "" },
};

static void run_case(unsigned i)
{
	int cflags = 0, eflags = 0, r;
	char got[256];
	size_t n = 0;
	regmatch_t m[10];
	regex_t re;

	for (const char *f = cases[i].flags; *f; f++)
		switch (*f) {
		case 'E': cflags |= REG_EXTENDED; break;
		case 'i': cflags |= REG_ICASE; break;
		case 'n': cflags |= REG_NEWLINE; break;
		case 's': cflags |= REG_NOSUB; break;
		case 'b': eflags |= REG_NOTBOL; break;
		case 'e': eflags |= REG_NOTEOL; break;
		}
	r = regcomp(&re, cases[i].pattern, cflags);
	if (r != cases[i].comp) {
		check_puts("pattern "); check_puts(cases[i].pattern); check_puts(":\n");
	}
	CHECK_INT(r, cases[i].comp);
	if (r)
		return;
	CHECK_INT(re.re_nsub, cases[i].nsub);
	if (cases[i].string) {
		r = regexec(&re, cases[i].string, 10, m, eflags);
		got[0] = 0;
		for (size_t k = 0; !r && k <= re.re_nsub && k < 10; k++)
			n += (size_t)snprintf(got + n, sizeof got - n, "%s(%d,%d)", k ? " " : "", m[k].rm_so, m[k].rm_eo);
		if (r != cases[i].exec || strcmp(got, cases[i].offsets)) {
			check_puts("pattern "); check_puts(cases[i].pattern); check_puts(" on \"");
			check_puts(cases[i].string); check_puts("\":\n");
		}
		CHECK_INT(r, cases[i].exec);
		CHECK_STR(got, cases[i].offsets);
	}
	regfree(&re);
}

int main(void)
{
	static const char *const texts[] = {
		"Success", "No match", "Invalid regular expression", "Invalid collation character",
		"Invalid character class name", "Trailing backslash", "Invalid back reference",
		"Unmatched [, [^, [:, [., or [=", "Unmatched ( or \\(", "Unmatched \\{",
		"Invalid content of \\{\\}", "Invalid range end", "Memory exhausted",
		"Invalid preceding regular expression", "Premature end of regular expression",
		"Regular expression too big", "Unmatched ) or \\)",
	};
	char buf[64], *big;
	regmatch_t m[4];
	regex_t re;

	for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++)
		run_case(i);

	/* regerror: glibc's texts, the size they need, cut to fit. */
	for (int e = 0; e <= REG_ERPAREN; e++) {
		CHECK_INT(regerror(e, NULL, buf, sizeof buf), strlen(texts[e]) + 1);
		CHECK_STR(buf, texts[e]);
	}
	CHECK_INT(regerror(REG_EBRACK, NULL, buf, 9), 31);
	CHECK_STR(buf, "Unmatche");
	CHECK_INT(regerror(REG_NOMATCH, NULL, NULL, 0), 9);
	CHECK_INT(REG_NOMATCH, 1);
	CHECK_INT(REG_ESPACE, 12);
	CHECK_INT(sizeof(regoff_t), sizeof(int));

	/* Slots past re_nsub are -1; so is a subexpression that did not take part. */
	CHECK_INT(regcomp(&re, "(a)|(b)", REG_EXTENDED), 0);
	memset(m, 0x55, sizeof m);
	CHECK_INT(regexec(&re, "xb", 4, m, 0), 0);
	CHECK(m[0].rm_so == 1 && m[0].rm_eo == 2);
	CHECK(m[1].rm_so == -1 && m[1].rm_eo == -1);
	CHECK(m[2].rm_so == 1 && m[2].rm_eo == 2);
	CHECK(m[3].rm_so == -1 && m[3].rm_eo == -1);
	CHECK_INT(regexec(&re, "xb", 0, NULL, 0), 0);
	CHECK_INT(regexec(&re, "xyz", 4, m, 0), REG_NOMATCH);
	regfree(&re);
	/* REG_NOSUB: only whether it matches; pmatch is left alone. */
	CHECK_INT(regcomp(&re, "(a+)", REG_EXTENDED | REG_NOSUB), 0);
	CHECK_INT(re.re_nsub, 1);
	m[0].rm_so = 77;
	CHECK_INT(regexec(&re, "baa", 1, m, 0), 0);
	CHECK_INT(m[0].rm_so, 77);
	CHECK_INT(regexec(&re, "bbb", 1, m, 0), REG_NOMATCH);
	regfree(&re);
	/* REG_STARTEND: the search runs from rm_so and the string ends at
	 * rm_eo; offsets count from the string's start, which is still
	 * where '^' matches (glibc). */
	CHECK_INT(regcomp(&re, "b+$", REG_EXTENDED), 0);
	m[0].rm_so = 2, m[0].rm_eo = 4;
	CHECK_INT(regexec(&re, "aabbbb", 1, m, REG_STARTEND), 0);
	CHECK(m[0].rm_so == 2 && m[0].rm_eo == 4);
	regfree(&re);
	CHECK_INT(regcomp(&re, "^b", REG_EXTENDED), 0);
	m[0].rm_so = 2, m[0].rm_eo = 4;
	CHECK_INT(regexec(&re, "aabbbb", 1, m, REG_STARTEND), REG_NOMATCH);
	regfree(&re);

	/* Paths that multiply: nested loops that cannot match, and three
	 * ways to split a long string. */
	CHECK_INT(regcomp(&re, "(a*)*b", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, NULL, 0), REG_NOMATCH);
	regfree(&re);
	CHECK((big = malloc(100001)) != NULL);
	memset(big, 'a', 100000);
	big[100000] = 0;
	CHECK_INT(regcomp(&re, "(.*)(.*)(.*)x", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, big + 99000, 0, NULL, 0), REG_NOMATCH);
	regfree(&re);
	/* A long match: the backtracking stack grows on the heap. */
	CHECK_INT(regcomp(&re, "^(a*)$", REG_EXTENDED), 0);
	CHECK_INT(regexec(&re, big, 2, m, 0), 0);
	CHECK(m[1].rm_so == 0 && m[1].rm_eo == 100000);
	regfree(&re);
	free(big);

	/* Compiling, matching and freeing leave nothing behind. */
	int maps = check_count_mappings();

	for (int i = 0; i < 2000; i++) {
		CHECK_INT(regcomp(&re, "^([a-z]+)@([a-z]+)\\.(com|org){1,3}$", REG_EXTENDED | REG_ICASE), 0);
		CHECK_INT(regexec(&re, "Me@Example.org", 4, m, 0), 0);
		regfree(&re);
		CHECK_INT(regcomp(&re, "a\\{1,2", 0), REG_EBRACE);
	}
	CHECK(check_count_mappings() <= maps + 1);
	return check_done();
}
