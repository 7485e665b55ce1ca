#include <string.h>
#include "internal/defs.h"

/* Compare as strcmp does, except that runs of digits compare as numbers
 * ("a9" < "a10"), and a run with leading zeros as a fraction ("1.01" <
 * "1.1"; "000" < "00" < "0" < "01" < "1" < "09"), glibc's order:
 *
 * Let the common prefix end in the digit run R (maybe empty), and let x
 * and y be the first bytes that differ.
 *   - R empty: two digits 1-9 compare as integers (the longer digit run
 *     is the larger; equal lengths compare bytewise); anything else
 *     bytewise.
 *   - R starts with 1-9 (an integer): if x and y are both digits, the
 *     longer run wins (equal lengths: bytewise); a digit beats a
 *     non-digit (the longer number).
 *   - R is zeros only: a non-digit beats a digit (more leading zeros is
 *     the smaller fraction); otherwise bytewise.
 *   - R is zeros then a 1-9 (a fraction): bytewise.
 * The result is x - y, or the sign of an order the bytes do not give. */
static int digit(unsigned char c)
{
	return (unsigned)(c - '0') < 10;
}

/* Length of the digit run from p on. */
static size_t run(const unsigned char *p)
{
	size_t n = 0;

	while (digit(p[n]))
		n++;
	return n;
}

weak int strverscmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	size_t i = 0, start;
	int x, y, dx, dy;
	enum { NONE, INTEGER, ZEROS, FRACTION } kind;

	while (p[i] == q[i]) {
		if (!p[i])
			return 0;
		i++;
	}
	x = p[i];
	y = q[i];
	dx = digit(x);
	dy = digit(y);
	for (start = i; start > 0 && digit(p[start - 1]); start--)
		;
	if (start == i)
		kind = NONE;
	else if (p[start] != '0')
		kind = INTEGER;
	else {
		kind = ZEROS;
		for (size_t k = start; k < i; k++)
			if (p[k] != '0')
				kind = FRACTION;
	}

	switch (kind) {
	case NONE:
		if (x == '0' || y == '0' || !dx || !dy)
			return x - y;
		break;                       /* two integers: by length */
	case INTEGER:
		if (dx != dy)
			return dx ? 1 : -1;
		if (!dx)
			return x - y;
		break;
	case ZEROS:
		if (dx != dy)
			return dx ? -1 : 1;
		return x - y;
	case FRACTION:
		return x - y;
	}
	{
		size_t lx = run(p + i), ly = run(q + i);

		if (lx != ly)
			return lx > ly ? 1 : -1;
		return x - y;
	}
}
