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
 * the body (digits or text), spaces; see field().  Also, as glibc:
 *   - f F e E g G a A: libc/stdio/format_float.c prints them;
 *   - positional arguments, "%2$s %1$*3$d": where the format has one,
 *     positional() reads the format once for the type of every argument,
 *     takes them all off the list in order, then prints from that table;
 *   - %m prints strerror(errno), errno as the call found it;
 *   - %lc and %ls (and glibc's %C, %S) take wchar_t and print UTF-8
 *     (wide() and __utf8_encode, linked only through the call's ops):
 *     taskrt's C locale is UTF-8, as glibc's C.UTF-8 is (a value that is
 *     no character fails the call with EILSEQ);
 *   - the ' flag (thousands' grouping) groups nothing in the C locale;
 *   - a conversion glibc does not know is printed as written.
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include "internal/format.h"
#include "internal/messages.h"

/* The parts a call may not need, reached only through the call's
 * struct __printf_ops (see <stdio.h> and docs/stdio.md): the floating
 * conversions (3 KiB), %m's texts (4 KiB of strerror's table),
 * positional arguments and the wide %lc and %ls (UTF-8 encoding, 0.4 KiB).
 * A part whose pointer is NULL is not linked; a call that <stdio.h>
 * proved not to need it never asks for it, and anything else (&printf,
 * the v-forms, a format not known at compile time) gets the full set,
 * __printf_ops15. */
struct args;
struct __printf_ops {
	void (*fp)(struct sink *s, const void *p, int ldbl,
		   int conv, unsigned flags, unsigned width, unsigned prec);
	void (*fp_arg)(struct args *a, int len);        /* get() of a float */
	const char *(*errno_text)(int errnum, char *buf);       /* %m */
	int (*positional)(struct sink *s, const char *fmt, struct args *a, int err);
	size_t (*utf8)(char *buf, unsigned c);          /* %lc */
	int (*wide)(struct sink *s, const wchar_t *ws, unsigned flags,
		    unsigned width, unsigned prec);     /* %ls */
};

/* Length modifiers as a rank: each 'h' goes down one, each 'l' up one.
 * POINTER, DOUBLE and LDOUBLE are no modifiers: they tell get() the type. */
enum { CHAR = -2, SHORT = -1, INT = 0, LONG = 1, LLONG = 2, POINTER = 3,
       DOUBLE = 4, LDOUBLE = 5 };
_Static_assert(sizeof(size_t) == sizeof(long) && sizeof(ptrdiff_t) == sizeof(long)
	       && sizeof(intmax_t) == sizeof(long long),
	       "z and t are read as long, j as long long");

/* The length modifiers h l j q L z t, a bit each in a word counted from
 * 'L': one test tells a conversion letter from them all. */
#define LENGTH_BIT(c) (1ull << ((c) - 'L'))
#define IS_LENGTH(c) ((unsigned)((c) - 'L') <= 'z' - 'L' && \
	(LENGTH_BIT('h') | LENGTH_BIT('l') | LENGTH_BIT('j') | LENGTH_BIT('q') | \
	 LENGTH_BIT('L') | LENGTH_BIT('z') | LENGTH_BIT('t')) >> ((c) - 'L') & 1)

/* Read a width, a precision or an argument number written in decimal.
 * Anything above INT_MAX sticks at INT_MAX + 1, which the caller
 * rejects.  Out of line: run() reads both fields with it, and position()
 * the numbers. */
__attribute__((__noinline__))
static const char *number(const char *p, unsigned *n)
{
	unsigned k = 0, digit;

	for (; (digit = (unsigned)(*p - '0')) <= 9; p++)
		k = k > INT_MAX / 10 ? INT_MAX + 1u : k * 10 + digit;
	*n = k;
	return p;
}

/* Where the arguments come from: in order off the va_list, or, for a
 * format with positional arguments, from the table positional() fills.
 * Then pass 0 only records the type of each argument number (types) and
 * prints nothing, and pass 1 takes the values from vals.  seq counts the
 * arguments taken in order. */
union arg {
	uintmax_t i;
	double d;
	long double l;
};
#define MAX_ARGS 64     /* positional argument numbers 1..MAX_ARGS */
struct args {
	va_list ap;
	/* types, pos_arg and seq: 0 when a call starts; __format_ops stores
	 * them one by one (a whole-struct initializer is a rep stos at -Os,
	 * some 30 cycles to start: 6 % of a short printf's time) */
	signed char *types;     /* pass 0: record here */
	/* positional()'s passes: get() for them (NULL: straight off ap) */
	void (*pos_arg)(struct args *a, int len, unsigned n);
	unsigned seq;           /* arguments taken in order so far */
	/* positional()'s own, set by it */
	unsigned max;           /* pass 0: the highest number used */
	int bad;                /* a number past MAX_ARGS was used */
	union arg *vals;        /* pass 1: the values */
	union arg f;            /* the argument get() took last */
	const struct __printf_ops *ops;
};

/* The argument numbered n (1-based; 0: the next one in order) of type
 * len: an integer (anything shorter than int arrives promoted to int) or
 * a pointer, returned, or a double or a long double, left in a->f.  One
 * place for all of them keeps the code small: each va_arg is a dozen
 * instructions, so this stays out of line.  A double and a long double
 * differ in size and alignment on every arch, and on x86_64 and aarch64 a
 * double travels in a floating-point register while a long double is
 * always in memory, so each must be taken as its own type. */
__attribute__((__noinline__))
static uintmax_t get(struct args *a, int len, unsigned n)
{
	if (!n)
		n = ++a->seq;
	if (a->pos_arg)
		a->pos_arg(a, len, n);          /* (part of positional()) */
	else if (len == POINTER)
		a->f.i = (uintptr_t)va_arg(a->ap, void *);
	else if (len == LLONG)
		a->f.i = va_arg(a->ap, unsigned long long);
	else if (len == LONG)
		a->f.i = va_arg(a->ap, unsigned long);
	else if (len >= DOUBLE) {
		/* (without floats the call has no floating argument) */
		if (a->ops->fp_arg)
			a->ops->fp_arg(a, len);
	}
	else
		a->f.i = va_arg(a->ap, unsigned);
	return a->f.i;
}

/* get()'s double or long double (len DOUBLE or LDOUBLE) into a->f: part
 * of the floating conversions. */
__attribute__((__noinline__))
static void fp_arg(struct args *a, int len)
{
	if (len == DOUBLE)
		a->f.d = va_arg(a->ap, double);
	else
		a->f.l = va_arg(a->ap, long double);
}

/* "n$" at p: n into *n and p moved past it, or 0 into *n and p as it
 * was.  A number beyond MAX_ARGS gives MAX_ARGS + 1, which the caller
 * rejects.  p comes back as the result, not through a pointer: run()'s
 * p would otherwise live in memory, and every read of the format with
 * it. */
static const char *position(const char *p, unsigned *n)
{
	const char *q = number(p, n);

	if (*q != '$' || !*n) {
		*n = 0;
		return p;
	}
	if (*n > MAX_ARGS)
		*n = MAX_ARGS + 1;
	return q + 1;
}

/* x / 10 for any 32-bit x: multiply by 2^35 / 10 (rounded up), shift back. */
#define DIV10_32(x) ((uint32_t)((uint64_t)(x) * 0xcccccccdu >> 35))

/* v / 10 with no division helper from libgcc (on arm those pull in
 * raise(), for division by zero) and no divide instruction (taskrt is
 * built with -Os, where gcc divides by a constant with one: 40 cycles
 * on x86_64, a third of snprintf("%d")'s time).  Where a long is as wide
 * as uintmax_t (64-bit arches) it is the high half of v times 2^67 / 10
 * (rounded up), shifted: one widening multiply, inline in digits(), no
 * larger than the divide.  Elsewhere a v that fits a long is divided as
 * a long, and a wider one by hand, long division in base 2^16, out of
 * line so the compiler cannot turn "x - x / 10 * 10" back into a helper
 * call. */
#if ULONG_MAX == UINTMAX_MAX
#define div10(v) ((uintmax_t)((unsigned __int128)(v) * 0xcccccccccccccccdu >> 67))
#else
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
#endif

/* Write v in base 8, 10 or 16 backwards, ending just before end; return
 * where the digits start.  0 gives no digits at all: the precision (1 by
 * default) adds the zeros.  Base 10, nearly every call's, has a loop of
 * its own: a multiply for the quotient and the digit its remainder.  8
 * and 16 take the low bits and shift.  The table is upper case; OR-ing
 * in the 0x20 bit of the conversion letter makes it lower case for x
 * (and leaves 0-9, which have that bit, alone). */
__attribute__((__noinline__))
static char *digits(char *end, uintmax_t v, unsigned base, int conv)
{
	unsigned shift = base == 16 ? 4 : 3;
	uintmax_t q;

	if (base == 10)
		for (; v; v = q) {
			q = div10(v);
			*--end = (char)('0' + (v - q * 10));
		}
	else
		for (; v; v >>= shift)
			*--end = "0123456789ABCDEF"[v & (base - 1)] | (conv & 0x20);
	return end;
}

/* field() of a field with a width, a prefix or zeros: [spaces] prefix
 * [zeros] body [spaces], width wide, the spaces on the right with the -
 * flag. */
__attribute__((__noinline__))
static void padded_field(struct sink *s, unsigned flags, unsigned width,
			 const char *prefix, size_t plen, size_t zeros, const char *body, size_t n)
{
	size_t len = plen + zeros + n, pad = width > len ? width - len : 0;

	/* A prefix or zeros without a width, or a width the body fills:
	 * skip the empty pieces before the body here rather than in a call
	 * each. */
	if (pad && !(flags & LEFT)) {
		__sink_put(s, 0, ' ', pad);
		pad = 0;
	}
	if (plen | zeros) {
		__sink_put(s, prefix, 0, plen);
		__sink_put(s, 0, '0', zeros);
	}
	__sink_put(s, body, 0, n);
	__sink_put(s, 0, ' ', pad);     /* (a tail call: no test is smaller) */
}

/* Print one field.  Nearly every field is its body alone (printf("%d
 * %s")'s all are): that one is a single piece, put from run() itself.
 * A call through padded_field() costs 40 instructions more, since it
 * saves six registers and takes two of its eight arguments off the
 * stack; gcc -Os would not put the test before that (no shrink-wrap),
 * so it is here, inline. */
static inline void field(struct sink *s, unsigned flags, unsigned width,
			 const char *prefix, size_t plen, size_t zeros, const char *body, size_t n)
{
	if (!(width | plen | zeros))
		__sink_put(s, body, 0, n);
	else
		padded_field(s, flags, width, prefix, plen, zeros, body, n);
}

/* %ls: the wide string ws as UTF-8, at most prec bytes and never part of
 * a character, in a field of width.  Returns -1 for a value that is no
 * character (EILSEQ, as glibc). */
__attribute__((__noinline__))
static int wide(struct sink *s, const wchar_t *ws, unsigned flags, unsigned width, unsigned prec)
{
	char b[4];
	size_t n = 0, k, i, pad;

	for (i = 0; ws[i]; i++) {
		if (!(k = __utf8_encode(b, ws[i])))
			return -1;
		if (k > prec - n)
			break;
		n += k;
	}
	pad = width > n ? width - n : 0;
	if (!(flags & LEFT))
		__sink_put(s, 0, ' ', pad);
	for (i = 0; n; i++, n -= k)
		__sink_put(s, b, 0, k = __utf8_encode(b, ws[i]));
	if (flags & LEFT)
		__sink_put(s, 0, ' ', pad);
	return 0;
}

/* %n: the count so far, n, into the object of length len at p.  Out of
 * line: as a branch of run() the stores cost twice the bytes. */
__attribute__((__noinline__))
static void count(void *p, int len, int n)
{
	if (len == CHAR)
		*(signed char *)p = (signed char)n;
	else if (len == SHORT)
		*(short *)p = (short)n;
	else if (len == INT)
		*(int *)p = n;
	else if (len == LONG)
		*(long *)p = n;
	else
		*(long long *)p = n;
}

/* %m's text for errno err: strerror's, or glibc's "Unknown error N" made
 * in buf (at least 26 bytes).  Part of the %m part, with the table. */
__attribute__((__noinline__))
static const char *errno_text(int err, char *buf)
{
	const char *d = __errno_text(err), *t = "Unknown error ";
	char num[12], *q = buf;

	if (d)
		return d;
	while (*t)
		*q++ = *t++;
	if (err < 0)
		*q++ = '-';
	for (d = digits(num + sizeof num, err < 0 ? -(uintmax_t)err : (uintmax_t)err, 10, 'u');
	     d < num + sizeof num; )
		*q++ = *d++;
	*q = 0;
	return buf;
}

/* One pass over the format (see struct args); err is errno as the call
 * found it, for %m. */
static void run(struct sink *s, const char *fmt, struct args *a, int err)
{
	/* The width in bits of each length, indexed by len - CHAR. */
	static const unsigned char bits[] = { 8, 16, 32, sizeof(long) * 8, 64 };
	const char *p, *spec, *d;
	unsigned flags, width, prec, base, shift, pos, at;
	int len, conv, is_signed, neg, scan = a->types != 0;
	uintmax_t v;
	char buf[32], prefix[3];
	void *ptr;
	size_t n, plen;

	for (;;) {
		/* Plain text up to the next '%' goes out as it is. */
		for (p = fmt; *p != '%'; p++)
			if (!*p)
				break;
		if (!scan)
			__sink_put(s, fmt, 0, p - fmt);
		if (!*p)
			break;
		spec = p++;
		pos = 0;
		flags = 0;
		width = 0;
		prec = NO_PRECISION;
		/* Position, flags, width and precision are all written in
		 * bytes below ':' (digits, $, flags, *, .); most directives
		 * have none of them, and skip their parsing on one test. */
		if (*p > '9')
			goto length;
		p = position(p, &pos);
		for (; *p >= ' ' && *p <= '0' && (FLAG(*p) & ANY_FLAG); p++)
			flags |= FLAG(*p);
		if (*p == '*') {
			p = position(p + 1, &at);
			int w = (int)get(a, INT, at);
			width = w;
			if (w < 0) {
				flags |= LEFT;
				width = -width;     /* INT_MIN gives INT_MAX + 1: rejected below */
			}
		} else {
			p = number(p, &width);
		}
		if (*p == '.') {
			if (*++p == '*') {
				p = position(p + 1, &at);
				int pr = (int)get(a, INT, at);
				prec = pr < 0 ? NO_PRECISION : (unsigned)pr;
			} else {
				p = number(p, &prec);
			}
		}
		if (width > INT_MAX || (prec > INT_MAX && prec != NO_PRECISION)) {
			err = EOVERFLOW;        /* as glibc: the field cannot be printed */
			goto fail;
		}
length:
		for (len = INT; IS_LENGTH(*p); p++) {
			if (*p == 'h')
				len -= len > CHAR;
			else if (*p == 'l')
				len += len < LLONG;
			else if (*p == 'z' || *p == 't')
				len = LONG;
			else
				len = LLONG;    /* j q L */
		}
		conv = *p;
		fmt = p + 1;

		/* Text: %c, %s, %m, %p of NULL, and what needs no field. */
dispatch:
		switch (conv) {
		case 'n':
			ptr = (void *)(uintptr_t)get(a, POINTER, pos);
			if (!scan)
				count(ptr, len, s->count);
			continue;
		case 'c':
			v = get(a, INT, pos);
			d = buf;
			n = 1;
			buf[0] = (char)v;
			if (len == LONG && !scan) {
				if (!a->ops->utf8)
					goto as_written;
				if (!(n = a->ops->utf8(buf, (unsigned)v)))
					goto eilseq;
			}
			break;
		case 's':
			d = (const char *)(uintptr_t)get(a, POINTER, pos);
			if (scan)
				continue;
			/* glibc: "(null)", or nothing at all if it would be cut */
			if (!d)
				d = prec < 6 ? "" : "(null)";
			else if (len == LONG) {
				if (!a->ops->wide)
					goto as_written;
				if (a->ops->wide(s, (const wchar_t *)d, flags, width, prec))
					goto eilseq;
				continue;
			}
			/* Never look past the precision: d need not end in a NUL. */
text:
			for (n = 0; n < prec && d[n]; n++)
				;
			break;
		case 'm':
			/* Only a call that <stdio.h> saw had no %m lacks the
			 * texts: it cannot meet one, and would print it as
			 * written. */
			if (!a->ops->errno_text)
				goto as_written;
			d = a->ops->errno_text(err, buf);
			goto text;
		case 'p':
			/* glibc: "(nil)" for NULL, else like %#lx, + and ' ' too */
			v = get(a, POINTER, pos);
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
		case 'f': case 'F': case 'g': case 'G': {
			/* L, q and ll mean long double, as in glibc (C has only
			 * L; j, which the length parser ranks with them, has no
			 * meaning here). */
			get(a, len == LLONG ? LDOUBLE : DOUBLE, pos);
			if (scan)
				continue;
			if (a->ops->fp) {
				a->ops->fp(s, &a->f, len == LLONG, conv, flags, width, prec);
				continue;
			}
			/* Only a call with no floating argument has no fp: the
			 * directive cannot be meant, so it is printed as written.
			 * (So is a %lc or %ls in a call that <stdio.h> saw had
			 * none: it cannot happen.) */
as_written:
			d = spec;
			n = fmt - spec;
			break;
		}
		default:
			goto integer;
		}
		if (!scan)
			field(s, flags & LEFT, width, 0, 0, 0, d, n);   /* no 0 padding */
		continue;

integer:
		is_signed = conv == 'd' || conv == 'i';
		base = conv == 'o' ? 8 : (conv | 0x20) == 'x' ? 16 : 10;
		if (base == 10 && !is_signed && conv != 'u') {
			/* glibc's %C, %S: %lc, %ls.  Here, not before the
			 * switch: there gcc made two copies of it. */
			if (conv == 'C' || conv == 'S') {
				len = LONG;
				conv |= 0x20;
				goto dispatch;
			}
			/* Not a conversion: print it as written, as glibc does
			 * (but %% and %5% print one '%'). */
			if (conv == '%')
				spec = p;
			if (!conv)
				fmt = p;        /* stop at the string's end */
			if (!scan)
				__sink_put(s, spec, 0, fmt - spec);
			continue;
		}

		/* An integer of len's width: shift it to the top of v, then
		 * back down, arithmetically if signed (which sign-extends).
		 * That cuts %hhd of 300 to 44 and makes %hhu of -1 255. */
		v = get(a, len, pos);
		if (scan)
			continue;
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
	return;
eilseq:
	err = EILSEQ;
fail:
	/* One errno store for every failure: err, errno as the call found
	 * it, has no more %m to serve. */
	errno = err;
	s->failed = 1;
}

/* get() in positional()'s passes: pass 0 only records argument n's type,
 * pass 1 takes its value from the table. */
__attribute__((__noinline__))
static void pos_arg(struct args *a, int len, unsigned n)
{
	if (n > MAX_ARGS) {
		a->bad = 1;
		a->f.i = 0;
		return;
	}
	if (n > a->max)
		a->max = n;
	if (a->types) {
		a->types[n - 1] = len;
		a->f = (union arg){ 0 };        /* pass 0's values: all 0 */
	} else
		a->f = a->vals[n - 1];
}

/* A format with positional arguments: pass 0 learns each argument's type,
 * then all of them come off the list in order (an unused number in
 * between is taken as an int), then pass 1 prints.  Returns 0, having
 * done nothing, for a format without any: "%n$" or "*n$" anywhere. */
__attribute__((__noinline__))
static int positional(struct sink *s, const char *fmt, struct args *a, int err)
{
	signed char types[MAX_ARGS];
	union arg vals[MAX_ARGS];
	const char *p;
	unsigned i, n;

	for (p = fmt; *p; p++) {
		if (*p == '%' || *p == '*') {
			position(p + 1, &n);
			if (n)
				break;
		}
	}
	if (!*p)
		return 0;
	for (i = 0; i < MAX_ARGS; i++)
		types[i] = INT;
	a->types = types;
	a->pos_arg = pos_arg;
	a->max = 0;
	a->bad = 0;
	run(s, fmt, a, err);
	a->types = 0;
	a->pos_arg = 0;
	if (a->bad && !s->failed) {
		errno = EINVAL;         /* an argument number past MAX_ARGS */
		s->failed = 1;
	}
	if (s->failed)
		return 1;
	for (n = a->max, i = 0; i < n; i++) {
		get(a, types[i], 0);
		vals[i] = a->f;
	}
	a->vals = vals;
	a->pos_arg = pos_arg;
	a->seq = 0;
	run(s, fmt, a, err);
	return 1;
}

void __format_ops(struct sink *s, const char *fmt, va_list args, const struct __printf_ops *ops)
{
	struct args a;
	int err = errno;

	a.types = 0;
	a.pos_arg = 0;
	a.seq = 0;
	a.ops = ops;

	va_copy(a.ap, args);    /* a copy we may pass around by address */
	/* "%1$d" in a call without positional() (<stdio.h> saw no '$'):
	 * cannot happen; run() would take the arguments in order. */
	if (!ops->positional || !ops->positional(s, fmt, &a, err))
		run(s, fmt, &a, err);
	va_end(a.ap);
}

/* The v-forms, printf itself and &printf: everything. */
void __format(struct sink *s, const char *fmt, va_list args)
{
	__format_ops(s, fmt, args, &__printf_ops15);
}

/* The sixteen sets <stdio.h> chooses from: bit 0 the floating
 * conversions, bit 1 %m's texts, bit 2 positional arguments, bit 3 %lc
 * and %ls.  Each is its own section (-fdata-sections): the linker keeps
 * only those some call names, and through them only the parts they point
 * to. */
#define FP __format_float, fp_arg
#define ET errno_text
#define PO positional
#define WIDE __utf8_encode, wide
/* The set of none, the one most calls get, is all zero: in .bss, where it
 * costs no byte of the file. */
__attribute__((__section__(".bss.__printf_ops0")))
const struct __printf_ops __printf_ops0 = { 0, 0, 0, 0, 0, 0 };
const struct __printf_ops
	__printf_ops1 = { FP, 0, 0, 0, 0 },
	__printf_ops2 = { 0, 0, ET, 0, 0, 0 },
	__printf_ops3 = { FP, ET, 0, 0, 0 },
	__printf_ops4 = { 0, 0, 0, PO, 0, 0 },
	__printf_ops5 = { FP, 0, PO, 0, 0 },
	__printf_ops6 = { 0, 0, ET, PO, 0, 0 },
	__printf_ops7 = { FP, ET, PO, 0, 0 },
	__printf_ops8 = { 0, 0, 0, 0, WIDE },
	__printf_ops9 = { FP, 0, 0, WIDE },
	__printf_ops10 = { 0, 0, ET, 0, WIDE },
	__printf_ops11 = { FP, ET, 0, WIDE },
	__printf_ops12 = { 0, 0, 0, PO, WIDE },
	__printf_ops13 = { FP, 0, PO, WIDE },
	__printf_ops14 = { 0, 0, ET, PO, WIDE },
	__printf_ops15 = { FP, ET, PO, WIDE };
