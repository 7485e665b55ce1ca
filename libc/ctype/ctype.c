#include <ctype.h>
#include "internal/defs.h"

/* The character classes of the "C" locale: plain ASCII.
 *
 * Every function takes an int holding an unsigned char value or EOF (-1).
 * Each test is an unsigned range check: (unsigned)c - 'a' < 26 is true
 * exactly for 'a'..'z', because anything below 'a' (EOF included) wraps
 * around to a huge unsigned number.  Bytes 128..255 belong to no class. */
#define IN_RANGE(c, lo, hi) ((unsigned)(c) - (lo) <= (unsigned)((hi) - (lo)))

weak int isascii(int c)  { return (unsigned)c < 128; }
int isdigit(int c)  { return IN_RANGE(c, '0', '9'); }
int islower(int c)  { return IN_RANGE(c, 'a', 'z'); }
int isupper(int c)  { return IN_RANGE(c, 'A', 'Z'); }
int isalpha(int c)  { return IN_RANGE((unsigned)c | 0x20, 'a', 'z'); }
int isalnum(int c)  { return isalpha(c) || isdigit(c); }
int isxdigit(int c) { return isdigit(c) || IN_RANGE((unsigned)c | 0x20, 'a', 'f'); }
int isblank(int c)  { return c == ' ' || c == '\t'; }
/* ' ', and \t \n \v \f \r, which are 9..13. */
int isspace(int c)  { return c == ' ' || IN_RANGE(c, '\t', '\r'); }
/* 0..31 and DEL; printable is the rest of ASCII, graphic the same minus ' '. */
int iscntrl(int c)  { return (unsigned)c < 32 || c == 127; }
int isprint(int c)  { return IN_RANGE(c, ' ', '~'); }
int isgraph(int c)  { return IN_RANGE(c, '!', '~'); }
int ispunct(int c)  { return isgraph(c) && !isalnum(c); }

/* Case mapping leaves everything but the 26 letters alone (EOF included). */
int tolower(int c)  { return isupper(c) ? c | 0x20 : c; }
int toupper(int c)  { return islower(c) ? c & ~0x20 : c; }
