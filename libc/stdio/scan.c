/* The scanf engine, shared by the family through a reader (a string or a
 * FILE; internal/stdio.h).  Only the scanf functions link it.
 *
 *   %[*][n$][width][m][length]conversion
 *
 * The answers are glibc's, corners included (test/scanf.c):
 *   - the result counts assignments; an input failure (the end of the
 *     input, or a read error) before the first assignment gives EOF, a
 *     matching failure the count so far;
 *   - a conversion takes the longest prefix of the input that can begin
 *     its syntax, and only its last byte read goes back: "0x" is 0 for %x
 *     with the x consumed, and "100e" is 100 for %f with the e consumed;
 *   - an integer is converted as strtol or strtoul of a long (long long
 *     for ll, j, q, L) would, then cut to the type (%d of 2^32 + 1 is 1);
 *   - floats: decimal, hex (0x, at least one digit), inf, infinity, nan
 *     (without the parenthesised part, as glibc), converted by strtof,
 *     strtod or strtold.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "internal/stdio.h"
#include "internal/strtox.h"

/* No byte was read ahead: nothing to give back. */
#define NONE (-2)

/* Length modifiers, as the size of what the pointer points to. */
enum { L_CHAR, L_SHORT, L_INT, L_LONG, L_LLONG, L_SIZE, L_PTRDIFF, L_LDOUBLE };

static int get(struct reader *r)
{
	int c = r->get(r);

	if (c != EOF)
		r->count++;
	return c;
}

static void unget(struct reader *r, int c)
{
	if (c >= 0) {
		r->unget(r, c);
		r->count--;
	}
}

static int is_space(int c)
{
	return c == ' ' || (unsigned)(c - '\t') < 5;
}

static unsigned digit(int c)
{
	if ((unsigned)(c - '0') < 10)
		return c - '0';
	c |= 0x20;
	if ((unsigned)(c - 'a') < 26)
		return c - 'a' + 10;
	return 36;
}

/* A bounded text buffer for a number.  Leading zeros collapse (so any
 * number of them fits) and digits past the end are dropped: by then the
 * value is out of every integer type's range anyway, and it only stays
 * so. */
struct num {
	char buf[160];
	size_t len;
};

static void add(struct num *n, int c)
{
	if (n->len < sizeof n->buf - 1)
		n->buf[n->len++] = (char)c;
}

/* The text of an integer in base (0: C's prefixes decide) into n.
 * Returns the base, 0 for a matching failure, -1 for EOF at once. */
static int scan_int(struct reader *r, unsigned width, int base, struct num *n)
{
	int c = get(r), any = 0;
	size_t first;

	if (c == EOF)
		return -1;
#define NEXT() (c = --width ? get(r) : NONE)
	if (c == '+' || c == '-') {
		add(n, c);
		NEXT();
	}
	first = n->len;
	if ((base == 0 || base == 16) && c == '0') {
		add(n, c);
		any = 1;
		NEXT();
		if ((c | 0x20) == 'x' && c >= 0) {
			base = 16;
			NEXT();
		} else if (base == 0) {
			base = 8;
		}
	}
	if (!base)
		base = 10;
	for (; c >= 0 && digit(c) < (unsigned)base; NEXT()) {
		if (n->len == first + 1 && n->buf[first] == '0')
			n->len = first;         /* a leading zero adds nothing */
		add(n, c);
		any = 1;
	}
	unget(r, c);
	n->buf[n->len] = 0;
	return any ? base : 0;
}

/* Match the rest of word (lower case) case-insensitively. */
static int word(struct reader *r, unsigned *width, int *c, const char *w, struct num *n)
{
	for (; *w; w++) {
		if (*c < 0 || (*c | 0x20) != *w)
			return 0;
		add(n, *c);
		*c = --*width ? get(r) : NONE;
	}
	return 1;
}

/* The text of a float into n: 1, 0 for a matching failure, -1 for EOF
 * at once. */
static int scan_float(struct reader *r, unsigned width, struct num *n)
{
	int c = get(r), any = 0, hex = 0;

	if (c == EOF)
		return -1;
	if (c == '+' || c == '-') {
		add(n, c);
		NEXT();
	}
	if (c >= 0 && (c | 0x20) == 'i') {
		if (!word(r, &width, &c, "inf", n))
			goto fail;
		if (c >= 0 && (c | 0x20) == 'i' && !word(r, &width, &c, "inity", n))
			goto fail;
		goto done;
	}
	if (c >= 0 && (c | 0x20) == 'n') {
		if (!word(r, &width, &c, "nan", n))
			goto fail;
		goto done;
	}
	if (c == '0') {
		add(n, c);
		NEXT();
		if (c >= 0 && (c | 0x20) == 'x') {
			add(n, c);
			hex = 1;
			NEXT();
		} else {
			any = 1;
		}
	}
	for (; c >= 0 && digit(c) < (hex ? 16u : 10u); NEXT()) {
		add(n, c);
		any = 1;
	}
	if (c == '.') {
		add(n, c);
		for (NEXT(); c >= 0 && digit(c) < (hex ? 16u : 10u); NEXT()) {
			add(n, c);
			any = 1;
		}
	}
	if (!any)
		goto fail;
	if (c >= 0 && (c | 0x20) == (hex ? 'p' : 'e')) {
		add(n, c);
		NEXT();
		if (c == '+' || c == '-') {
			add(n, c);
			NEXT();
		}
		for (; c >= 0 && digit(c) < 10; NEXT())
			add(n, c);
	}
done:
	unget(r, c);
	n->buf[n->len] = 0;
	return 1;
fail:
	unget(r, c);
	return 0;
#undef NEXT
}

/* %[: the set of bytes the scanset names, one bit each; returns the
 * format just past the closing ']'.  A ']' right after '[' or "[^" is in
 * the set; a '-' between two bytes is a range, first or last a '-'. */
static const char *scanset(const char *p, unsigned char set[32])
{
	int invert = *p == '^', c;
	const char *first;

	p += invert;
	first = p;
	memset(set, 0, 32);
	if (*p == ']') {
		set[']' / 8] |= 1 << (']' % 8);
		p++;
	}
	for (; *p && *p != ']'; p++) {
		if (*p == '-' && p > first && p[1] && p[1] != ']' &&
		    (unsigned char)p[-1] <= (unsigned char)p[1]) {
			for (c = (unsigned char)p[-1]; c <= (unsigned char)p[1]; c++)
				set[c / 8] |= 1 << (c % 8);
			p++;
			continue;
		}
		set[(unsigned char)*p / 8] |= 1 << ((unsigned char)*p % 8);
	}
	if (invert)
		for (c = 0; c < 32; c++)
			set[c] = ~set[c];
	return *p ? p + 1 : p;
}

/* The nth pointer argument (positional %n$): every scanf argument is a
 * pointer, so the ones before it are skipped as void *. */
static void *nth(va_list start, unsigned n)
{
	va_list ap;
	void *p = 0;

	va_copy(ap, start);
	while (n--)
		p = va_arg(ap, void *);
	va_end(ap);
	return p;
}

static void store_int(void *p, int len, unsigned long long v)
{
	switch (len) {
	case L_CHAR: *(char *)p = (char)v; break;
	case L_SHORT: *(short *)p = (short)v; break;
	case L_INT: *(int *)p = (int)v; break;
	case L_LONG: *(long *)p = (long)v; break;
	case L_SIZE: *(size_t *)p = (size_t)v; break;
	case L_PTRDIFF: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	default: *(long long *)p = (long long)v; break;
	}
}

int __scan(struct reader *r, const char *fmt, va_list args)
{
	const unsigned char *p = (const unsigned char *)fmt;
	unsigned char set[32];
	unsigned width, pos;
	int done = 0, c, suppress, alloc, len, conv, base, got;
	void *dest;
	char *s, **mp;
	size_t k, cap;
	struct num n;
	va_list ap;

	va_copy(ap, args);
	for (; *p; p++) {
		if (is_space(*p)) {
			while (is_space(p[1]))
				p++;
			while (is_space(c = get(r)))
				;
			unget(r, c);
			continue;
		}
		if (*p != '%' || p[1] == '%') {
			if (*p == '%') {
				p++;
				while (is_space(c = get(r)))
					;
			} else {
				c = get(r);
			}
			if (c != *p) {
				unget(r, c);
				if (c == EOF)
					goto input_failure;
				goto out;
			}
			continue;
		}
		/* The conversion's specification. */
		p++;
		suppress = *p == '*';
		p += suppress;
		for (width = 0; *p >= '0' && *p <= '9'; p++)
			width = width > 100000000 ? width : width * 10 + (*p - '0');
		pos = 0;
		if (*p == '$') {
			pos = width;
			width = 0;
			for (p++; *p >= '0' && *p <= '9'; p++)
				width = width > 100000000 ? width : width * 10 + (*p - '0');
		}
		alloc = *p == 'm';
		p += alloc;
		len = L_INT;
		for (;; p++) {
			if (*p == 'h')
				len = len == L_SHORT ? L_CHAR : L_SHORT;
			else if (*p == 'l')
				len = len == L_LONG ? L_LLONG : L_LONG;
			else if (*p == 'L' || *p == 'q' || *p == 'j')
				len = L_LLONG;
			else if (*p == 'z')
				len = L_SIZE;
			else if (*p == 't')
				len = L_PTRDIFF;
			else
				break;
		}
		conv = *p;
		if (!conv)
			goto out;
		dest = 0;
		if (!suppress)
			dest = pos ? nth(args, pos) : va_arg(ap, void *);
		if (conv != '[' && conv != 'c' && conv != 'n') {
			while (is_space(c = get(r)))
				;
			unget(r, c);
			if (c == EOF)
				goto input_failure;
		}
		switch (conv) {
		case 'n':
			if (dest)
				store_int(dest, len, r->count);
			continue;
		case 'c': case 's': case '[':
			if (conv == '[')
				p = (const unsigned char *)scanset((const char *)p + 1, set) - 1;
			if (!width)
				width = conv == 'c' ? 1 : -1u;
			s = dest;
			mp = dest;
			cap = 0;
			if (dest && alloc) {
				cap = width < 64 ? width + 1 : 64;
				s = malloc(cap);
				if (!s)
					goto out;
			}
			for (k = 0; k < width; k++) {
				c = get(r);
				if (c == EOF)
					break;
				if (conv == 's' ? is_space(c)
				    : conv == '[' ? !(set[c / 8] & 1 << (c % 8)) : 0) {
					unget(r, c);
					break;
				}
				if (s && alloc && k + 1 >= cap) {
					char *t = realloc(s, cap * 2);
					if (!t) {
						free(s);
						goto out;
					}
					s = t;
					cap *= 2;
				}
				if (s)
					s[k] = (char)c;
			}
			if (!k) {
				if (alloc && s)
					free(s);
				if (c == EOF)
					goto input_failure;
				goto out;
			}
			if (s && conv != 'c')
				s[k] = 0;
			if (alloc && s)
				*mp = s;
			break;
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p':
			base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			n.len = 0;
			if (conv == 'p' && (c = get(r)) == '(') {
				/* glibc reads back its own "(nil)" */
				unsigned w = 5;
				if (!word(r, &w, &c, "(nil)", &n)) {
					unget(r, c);
					goto out;
				}
				if (dest)
					*(void **)dest = 0;
				break;
			}
			if (conv == 'p')
				unget(r, c);
			got = scan_int(r, width ? width : -1u, base, &n);
			if (got < 0)
				goto input_failure;
			if (!got)
				goto out;
			if (!dest)
				break;
			if (conv == 'p')
				*(void **)dest = (void *)(uintptr_t)__strtox(n.buf, 0, 16, UINTPTR_MAX, 0);
			else if (len == L_LLONG)
				store_int(dest, len, __strtox(n.buf, 0, got, conv == 'd' || conv == 'i'
				          ? LLONG_MAX : ULLONG_MAX, conv == 'd' || conv == 'i'));
			else
				store_int(dest, len, (unsigned long)__strtox(n.buf, 0, got, conv == 'd' || conv == 'i'
				          ? LONG_MAX : ULONG_MAX, conv == 'd' || conv == 'i'));
			break;
		case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
			n.len = 0;
			got = scan_float(r, width ? width : -1u, &n);
			if (got < 0)
				goto input_failure;
			if (!got)
				goto out;
			if (!dest)
				break;
			if (len == L_LLONG)
				*(long double *)dest = strtold(n.buf, 0);
			else if (len == L_LONG)
				*(double *)dest = strtod(n.buf, 0);
			else
				*(float *)dest = strtof(n.buf, 0);
			break;
		default:
			goto out;
		}
		done += !suppress;
	}
	goto out;
input_failure:
	if (!done)
		done = EOF;
out:
	va_end(ap);
	return done;
}
