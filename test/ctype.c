/* <ctype.h> in the "C" locale: all 257 inputs (EOF and 0..255) against
 * classes spelt out by hand, and the case mappings. */
#include <ctype.h>
#include "check.h"

#define EOF_VALUE (-1)

/* Is c one of the characters in the list? (never true for 0 or EOF) */
static int in(const char *list, int c)
{
	for (; *list; list++)
		if ((unsigned char)*list == c)
			return 1;
	return 0;
}

static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
static const char digit[] = "0123456789";
static const char xdigit[] = "0123456789abcdefABCDEF";
static const char space[] = " \t\n\v\f\r";
static const char punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/* The functions through pointers, so that no call is folded away. */
typedef int (*class_fn)(int);
static class_fn volatile fn_isalnum = isalnum, fn_isalpha = isalpha,
	fn_isascii = isascii, fn_isblank = isblank, fn_iscntrl = iscntrl,
	fn_isdigit = isdigit, fn_isgraph = isgraph, fn_islower = islower,
	fn_isprint = isprint, fn_ispunct = ispunct, fn_isspace = isspace,
	fn_isupper = isupper, fn_isxdigit = isxdigit, fn_tolower = tolower,
	fn_toupper = toupper;

/* Each class function returns non-zero exactly for its members. */
#define CLASS(fn, want) do { int w_ = !!(want), g_ = !!fn_##fn(c); check_count++; \
	if (g_ != w_) { check_fail(__FILE__, __LINE__, #fn); check_puts("    for "); \
	check_putll(c); check_puts("\n"); } } while (0)

int main(void)
{
	int members = 0;

	(void)check_skip;
	for (int c = EOF_VALUE; c <= 255; c++) {
		int is_upper = in(upper, c), is_lower = in(lower, c), is_digit = in(digit, c);
		int is_alpha = is_upper || is_lower;
		int is_print = c >= 32 && c <= 126;

		CLASS(isupper, is_upper);
		CLASS(islower, is_lower);
		CLASS(isalpha, is_alpha);
		CLASS(isdigit, is_digit);
		CLASS(isalnum, is_alpha || is_digit);
		CLASS(isxdigit, in(xdigit, c));
		CLASS(isspace, in(space, c));
		CLASS(isblank, c == ' ' || c == '\t');
		CLASS(ispunct, in(punct, c));
		CLASS(isprint, is_print);
		CLASS(isgraph, is_print && c != ' ');
		CLASS(iscntrl, (c >= 0 && c < 32) || c == 127);
		CLASS(isascii, c >= 0 && c < 128);
		/* the case mappings touch the 52 letters only */
		CHECK_INT(fn_tolower(c), is_upper ? c + 32 : c);
		CHECK_INT(fn_toupper(c), is_lower ? c - 32 : c);
		members += is_print;
	}
	/* the lists above are complete: 95 printable = 52 letters + 10 digits
	 * + 32 punctuation + the space */
	CHECK_INT(members, 95);
	CHECK_INT(sizeof upper + sizeof lower + sizeof digit + sizeof punct - 4 + 1, 95);
	CHECK_INT(tolower('A'), 'a');
	CHECK_INT(toupper('z'), 'Z');
	CHECK_INT(toupper(EOF_VALUE), EOF_VALUE);
	return check_done();
}
