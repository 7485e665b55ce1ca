/* The printf engine, shared by the whole family through a sink.
 *
 *   %[flags][width][.precision][length]conversion
 *
 *   flags       - left-justify, + always a sign, ' ' a space for the sign,
 *               # alternate form (0 before octal, 0x before hex),
 *               0 pad numbers with zeros instead of spaces (not with - or
 *               a precision)
 *   width       digits or * (an int argument; negative means - and |width|)
 *   precision   .digits or .* (negative means none): the minimum number of
 *               digits for integers, the maximum number of bytes for %s
 *   length      hh h l ll z j t (and glibc's L and q, meaning ll)
 *   conversion  d i u o x X c s p n %
 *
 * Every field is printed the same way: spaces, a prefix (sign, 0x), zeros,
 * the body (digits or text), spaces; see field().  No floating point yet:
 * f F e E g G a A are printed as written, but each still takes its double
 * (a long double with L) from the argument list, so that every later
 * conversion reads its own argument.
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include "internal/format.h"

/* Length modifiers as a rank: each 'h' goes down one, each 'l' up one.
 * POINTER is no modifier: it tells next() to take a void *. */
enum { CHAR = -2, SHORT = -1, INT = 0, LONG = 1, LLONG = 2, POINTER = 3 };
_Static_assert(sizeof(size_t) == sizeof(long) && sizeof(ptrdiff_t) == sizeof(long)
	       && sizeof(intmax_t) == sizeof(long long),
	       "z and t are read as long, j as long long");

/* Read a width or precision written in decimal.  Anything above INT_MAX
 * sticks at INT_MAX + 1, which the caller rejects. */
static const char *number(const char *p, unsigned *n)
{
	for (*n = 0; *p >= '0' && *p <= '9'; p++)
		*n = *n > INT_MAX / 10 ? INT_MAX + 1u : *n * 10 + (*p - '0');
	return p;
}

/* Take the next argument: a pointer, or an integer of the given length
 * (anything shorter than int arrives promoted to int).  One place for all
 * of them keeps the code small: each va_arg is a dozen instructions, so
 * this stays out of line. */
__attribute__((__noinline__))
static uintmax_t next(va_list *ap, int len)
{
	if (len == POINTER)
		return (uintptr_t)va_arg(*ap, void *);
	if (len == LLONG)
		return va_arg(*ap, unsigned long long);
	if (len == LONG)
		return va_arg(*ap, unsigned long);
	return va_arg(*ap, unsigned);
}

/* A floating-point argument, printed.  A double and a long double differ
 * in size and alignment on every arch, and on x86_64 and aarch64 a double
 * travels in a floating-point register while a long double is always in
 * memory, so each must be taken as its own type.  L, q and ll mean long
 * double, as in glibc (C has only L; j, which the length parser ranks
 * with them, has no meaning here). */
__attribute__((__noinline__))
static void float_arg(struct sink *s, va_list *ap, int len, int conv,
		      unsigned flags, unsigned width, unsigned prec)
{
	static const struct fp_format dbl = FP_FORMAT(DBL), ldbl = FP_FORMAT(LDBL);
	union { double d; long double l; } v;

	if (len == LLONG)
		v.l = va_arg(*ap, long double);
	else
		v.d = va_arg(*ap, double);
	__format_float(s, &v, len == LLONG ? &ldbl : &dbl, conv, flags, width, prec);
}

/* x / 10 for any 32-bit x: multiply by 2^35 / 10 (rounded up), shift back. */
#define DIV10_32(x) ((uint32_t)((uint64_t)(x) * 0xcccccccdu >> 35))

/* v / 10 with no division helper from libgcc (on arm those pull in
 * raise(), for division by zero).  A v that fits a long (always, on
 * 64-bit arches) is divided as a long: the compiler multiplies.  A wider
 * one is divided by hand, long division in base 2^16.  Kept out of line
 * so the compiler cannot turn "x - x / 10 * 10" back into a helper call. */
__attribute__((__noinline__))
static uintmax_t div10(uintmax_t v)
{
	uint32_t hi = v >> 32, lo = (uint32_t)v, q2, q1, q0, t;

	if ((unsigned long)v == v)
		return (unsigned long)v / 10;
	q2 = DIV10_32(hi);
	t = (hi - q2 * 10) << 16 | lo >> 16;
	q1 = DIV10_32(t);
	t = (t - q1 * 10) << 16 | (lo & 0xffff);
	q0 = DIV10_32(t);
	return (uintmax_t)q2 << 32 | q1 << 16 | q0;
}

/* Write v in base 8, 10 or 16 backwards, ending just before end; return
 * where the digits start.  0 gives no digits at all: the precision (1 by
 * default) adds the zeros.  8 and 16 shift instead of dividing; the digit
 * is v - quotient * base.  The table is upper case; OR-ing in the 0x20
 * bit of the conversion letter makes it lower case for x (and leaves 0-9,
 * which have that bit, alone). */
static char *digits(char *end, uintmax_t v, unsigned base, int conv)
{
	unsigned shift = base == 16 ? 4 : 3;
	uintmax_t q;

	for (; v; v = q) {
		q = base == 10 ? div10(v) : v >> shift;
		*--end = "0123456789ABCDEF"[v - q * base] | (conv & 0x20);
	}
	return end;
}

/* Print one field: [spaces] prefix [zeros] body [spaces], width wide,
 * the spaces on the right with the - flag. */
static void field(struct sink *s, unsigned flags, unsigned width,
		  const char *prefix, size_t plen, size_t zeros, const char *body, size_t n)
{
	size_t len = plen + zeros + n, pad = width > len ? width - len : 0;

	if (!(flags & LEFT)) {
		__sink_put(s, 0, ' ', pad);
		pad = 0;
	}
	__sink_put(s, prefix, 0, plen);
	__sink_put(s, 0, '0', zeros);
	__sink_put(s, body, 0, n);
	__sink_put(s, 0, ' ', pad);
}

void __format(struct sink *s, const char *fmt, va_list args)
{
	/* The width in bits of each length, indexed by len - CHAR. */
	static const unsigned char bits[] = { 8, 16, 32, sizeof(long) * 8, 64 };
	const char *p, *spec, *d;
	unsigned flags, width, prec, base, shift;
	int len, conv, is_signed, neg;
	uintmax_t v;
	char buf[sizeof(uintmax_t) * 3], prefix[3], ch;
	void *ptr;
	size_t n, plen;
	va_list ap;

	va_copy(ap, args);      /* a copy we may pass around by address */
	for (;;) {
		/* Plain text up to the next '%' goes out as it is. */
		for (p = fmt; *p && *p != '%'; p++)
			;
		__sink_put(s, fmt, 0, p - fmt);
		if (!*p)
			break;
		spec = p++;

		/* Flags, width, precision, length. */
		for (flags = 0; *p >= ' ' && *p <= '0' && (FLAG(*p) & ANY_FLAG); p++)
			flags |= FLAG(*p);
		if (*p == '*') {
			int w = (int)next(&ap, INT);
			width = w;
			if (w < 0) {
				flags |= LEFT;
				width = -width;     /* INT_MIN gives INT_MAX + 1: rejected below */
			}
			p++;
		} else {
			p = number(p, &width);
		}
		prec = NO_PRECISION;
		if (*p == '.') {
			if (*++p == '*') {
				int pr = (int)next(&ap, INT);
				prec = pr < 0 ? NO_PRECISION : (unsigned)pr;
				p++;
			} else {
				p = number(p, &prec);
			}
		}
		if (width > INT_MAX || (prec > INT_MAX && prec != NO_PRECISION)) {
			errno = EOVERFLOW;      /* as glibc: the field cannot be printed */
			s->failed = 1;
			break;
		}
		for (len = INT; ; p++) {
			if (*p == 'h')
				len -= len > CHAR;
			else if (*p == 'l')
				len += len < LLONG;
			else if (*p == 'j' || *p == 'q' || *p == 'L')
				len = LLONG;
			else if (*p == 'z' || *p == 't')
				len = LONG;
			else
				break;
		}
		conv = *p;
		fmt = p + 1;

		/* Text: %c, %s, %p of NULL, and what needs no field at all. */
		switch (conv) {
		case 'n':
			ptr = (void *)(uintptr_t)next(&ap, POINTER);
			if (len == CHAR)
				*(signed char *)ptr = (signed char)s->count;
			else if (len == SHORT)
				*(short *)ptr = (short)s->count;
			else if (len == INT)
				*(int *)ptr = s->count;
			else if (len == LONG)
				*(long *)ptr = s->count;
			else
				*(long long *)ptr = s->count;
			continue;
		case 'c':
			ch = (char)next(&ap, INT);
			d = &ch;
			n = 1;
			break;
		case 's':
			d = (const char *)(uintptr_t)next(&ap, POINTER);
			/* glibc: "(null)", or nothing at all if it would be cut */
			if (!d)
				d = prec < 6 ? "" : "(null)";
			/* Never look past the precision: d need not end in a NUL. */
			for (n = 0; n < prec && d[n]; n++)
				;
			break;
		case 'p':
			/* glibc: "(nil)" for NULL, else like %#lx, + and ' ' too */
			v = next(&ap, POINTER);
			if (v) {
				flags |= ALT;
				is_signed = 1;
				neg = 0;
				conv = 'x';
				base = 16;
				goto print_number;
			}
			d = "(nil)";
			n = 5;
			break;
		case 'a': case 'A': case 'e': case 'E':
		case 'f': case 'F': case 'g': case 'G':
			float_arg(s, &ap, len, conv, flags, width, prec);
			continue;
		default:
			goto integer;
		}
		field(s, flags & LEFT, width, 0, 0, 0, d, n);   /* no 0 padding */
		continue;

integer:
		is_signed = conv == 'd' || conv == 'i';
		base = conv == 'o' ? 8 : (conv | 0x20) == 'x' ? 16 : 10;
		if (base == 10 && !is_signed && conv != 'u') {
			/* Not a conversion: print it as written, as glibc does
			 * (but %% and %5% print one '%'). */
			if (conv == '%')
				spec = p;
			if (!conv)
				fmt = p;        /* stop at the string's end */
			__sink_put(s, spec, 0, fmt - spec);
			continue;
		}

		/* An integer of len's width: shift it to the top of v, then
		 * back down, arithmetically if signed (which sign-extends).
		 * That cuts %hhd of 300 to 44 and makes %hhu of -1 255. */
		v = next(&ap, len);
		shift = sizeof(v) * 8 - bits[len - CHAR];
		v <<= shift;
		neg = is_signed && (intmax_t)v < 0;
		if (neg)
			v = -(uintmax_t)((intmax_t)v >> shift);  /* |v|, even of INTMAX_MIN */
		else
			v >>= shift;

print_number:
		plen = 0;
		if (neg)
			prefix[plen++] = '-';
		else if (is_signed && (flags & (PLUS | SPACE)))
			prefix[plen++] = flags & PLUS ? '+' : ' ';
		if ((flags & ALT) && base == 16 && v) {
			prefix[plen++] = '0';
			prefix[plen++] = conv;  /* x or X */
		}
		d = digits(buf + sizeof buf, v, base, conv);
		n = buf + sizeof buf - d;
		/* The precision is the least number of digits, 1 unless
		 * given.  The 0 flag, without a precision or -, asks for as
		 * many digits as fill the width after the prefix. */
		if (prec == NO_PRECISION) {
			prec = 1;
			if ((flags & (ZERO | LEFT)) == ZERO && width > plen)
				prec = width - plen;
		}
		if ((flags & ALT) && base == 8 && prec <= n)
			prec = n + 1;   /* %#o: the first digit must be a 0 */
		field(s, flags, width, prefix, plen, prec > n ? prec - n : 0, d, n);
	}
	va_end(ap);
}
