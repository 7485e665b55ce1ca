/* printf: snprintf of one random directive between two pieces of text,
 * with every flag, width and precision (literal, *, negative *, large),
 * every length modifier with its conversion, integers near the limits,
 * doubles and long doubles of every category, strings, pointers, %n, %%,
 * positional arguments and conversions glibc does not know.  Each case is
 * formatted twice: into a large buffer, then into one of a random size at
 * most the length + 2, and both answers are recorded, with a note if a
 * byte past the size was written. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "values.h"

enum type { T_INT, T_LONG, T_LLONG, T_SIZE, T_INTMAX, T_PTRDIFF, T_DOUBLE,
	    T_LDOUBLE, T_STR, T_PTR, T_COUNT, T_NONE };

union value {
	int i;
	long l;
	long long ll;
	size_t z;
	intmax_t j;
	ptrdiff_t t;
	double d;
	long double ld;
	const char *s;
	void *p;
	int *n;
};

static const char *const texts[] = {
	"", "a", "abc", "hello, world", " ", "\t\n", "\x80\xff\x01", "0123456789",
	"a somewhat longer string of text to be cut by a precision",
	"%", "%%", "x\xc3\xa9y",
};

static char big[2048], small[2048];

/* One directive into f; its argument's type and value into *type, *v. */
static void directive(char *f, int *nstar, int *positional, enum type *type, union value *v)
{
	static const char flags[] = "-+ #0'";
	static const char ints[] = "diouxX", floats[] = "eEfFgGaA";
	static const char unknown[] = "kyKMQRTUVWY";
	static const char *const int_len[] = { "", "hh", "h", "l", "ll", "z", "j", "t", "q", "L" };
	static const enum type int_type[] = { T_INT, T_INT, T_INT, T_LONG, T_LLONG, T_SIZE,
					      T_INTMAX, T_PTRDIFF, T_LLONG, T_LLONG };
	static const unsigned kinds[] = { 40, 30, 8, 6, 4, 2, 3, 2 };
	char *p = f;
	unsigned k;

	*nstar = 0;
	*positional = chance(5);
	*p++ = '%';
	if (*positional)
		p = stpcpy(p, "1$");
	if (chance(50))
		for (k = 1 + below(4); k; k--)
			*p++ = flags[below(sizeof flags - 1)];
	switch (below(10)) {
	case 0: case 1: case 2: case 3: break;
	case 4: case 5: case 6: case 7: p = utoa(p, below(26)); break;
	case 8: p = stpcpy(p, *positional ? "*2$" : "*"); ++*nstar; break;
	default: p = utoa(p, 100 + below(200)); break;
	}
	switch (below(10)) {
	case 0: case 1: case 2: case 3: break;
	case 4: *p++ = '.'; break;
	case 5: case 6: case 7: *p++ = '.';
		p = utoa(p, below(26)); break;
	case 8:
		p = stpcpy(p, *positional ? (*nstar ? ".*3$" : ".*2$") : ".*");
		++*nstar;
		break;
	default: *p++ = '.';
		p = utoa(p, 100 + below(300)); break;
	}
	switch (pick_weighted(kinds, sizeof kinds / sizeof *kinds)) {
	case 0:         /* integers */
		/* (glibc reads a positional %Lo %Lu %Lx %qo ... as an int,
		 * though %Lo is a long long: not those; docs/fuzz.md) */
		k = below(sizeof int_len / sizeof *int_len - (*positional ? 2 : 0));
		p = stpcpy(p, int_len[k]);
		*p++ = ints[below(sizeof ints - 1)];
		*type = int_type[k];
		v->ll = (long long)gen_int();
		if (*type == T_INT)
			v->i = (int)v->ll;
		else if (*type == T_LONG || *type == T_SIZE || *type == T_PTRDIFF)
			v->l = (long)v->ll;
		break;
	case 1:         /* double */
		if (chance(20))
			*p++ = 'l';
		*p++ = floats[below(8)];
		*type = T_DOUBLE;
		v->d = gen_double();
		break;
	case 2:         /* long double */
		*p++ = 'L';
		*p++ = floats[below(8)];
		*type = T_LDOUBLE;
		v->ld = gen_ldouble();
		break;
	case 3:
		*p++ = 's';
		*type = T_STR;
		v->s = texts[below(sizeof texts / sizeof *texts)];
		break;
	case 4:
		*p++ = 'c';
		*type = T_INT;
		v->i = (int)gen_int();
		break;
	case 5:
		*p++ = 'p';
		*type = T_PTR;
		v->p = (void *)(uintptr_t)(chance(20) ? 0 : gen_int());
		break;
	case 6:
		/* %% and %n take no flags glibc defines; just the plain forms */
		p = f;
		if (chance(50)) {
			p = stpcpy(p, "%%");
			*type = T_NONE;
			*positional = 0;
		} else {
			p = stpcpy(p, *positional ? "%1$n" : "%n");
			*type = T_COUNT;
		}
		*nstar = 0;
		break;
	default:
		/* glibc prints an unknown directive rebuilt from what it
		 * parsed ("%-08.U" as "%-8.0U"), taskrt as written: the same
		 * only for the plain form and a width (docs/fuzz.md) */
		p = f;
		*p++ = '%';
		if (chance(50))
			p = utoa(p, below(20));
		*p++ = unknown[below(sizeof unknown - 1)];
		*nstar = 0;
		*type = T_NONE;
		*positional = 0;
		break;
	}
	*p = 0;
}

/* The call, with the stars' ints before the value (or after it, for
 * positional directives, where the value is argument 1). */
#define CALL(buf, size, ...)                                                    \
	(positional ? (nstar == 0 ? snprintf(buf, size, f, __VA_ARGS__)         \
		       : nstar == 1 ? snprintf(buf, size, f, __VA_ARGS__, s1)   \
		       : snprintf(buf, size, f, __VA_ARGS__, s1, s2))           \
	 : (nstar == 0 ? snprintf(buf, size, f, __VA_ARGS__)                    \
	    : nstar == 1 ? snprintf(buf, size, f, s1, __VA_ARGS__)              \
	    : snprintf(buf, size, f, s1, s2, __VA_ARGS__)))

static int format(char *buf, size_t size, const char *f, int nstar, int positional,
		  int s1, int s2, enum type type, union value *v, int *count)
{
	switch (type) {
	case T_INT: return CALL(buf, size, v->i);
	case T_LONG: return CALL(buf, size, v->l);
	case T_LLONG: return CALL(buf, size, v->ll);
	case T_SIZE: return CALL(buf, size, v->z);
	case T_INTMAX: return CALL(buf, size, v->j);
	case T_PTRDIFF: return CALL(buf, size, v->t);
	case T_DOUBLE: return CALL(buf, size, v->d);
	case T_LDOUBLE: return CALL(buf, size, v->ld);
	case T_STR: return CALL(buf, size, v->s);
	case T_PTR: return CALL(buf, size, v->p);
	case T_COUNT: return CALL(buf, size, count);
	default: return CALL(buf, size, 0);
	}
}

static int star(void)
{
	switch (below(4)) {
	case 0: return -(int)below(30);
	case 1: return (int)below(300);
	default: return (int)below(26);
	}
}

void fuzz_printf(void)
{
	static const char *const around[] = { "", "", "x", "<", "> ", "ab%%c", "\n", "1234" };
	char dir[64], f[128];
	enum type type;
	union value v;
	int nstar, positional, s1 = star(), s2 = star(), n1 = -7, n2 = -7, r1, r2, e1, e2;
	size_t size;

	directive(dir, &nstar, &positional, &type, &v);
	/* glibc pads a positional "%1$0*2$d" with a negative width on the
	 * right with zeros (the - it means does not cancel the 0): not
	 * those (docs/fuzz.md) */
	if (positional && s1 < 0)
		s1 = -s1;
	strcpy(f, around[below(8)]);
	strcat(f, dir);
	strcat(f, around[below(8)]);
	if (positional && strstr(f, "%%"))
		strcpy(f, dir);         /* keep a positional format all positional */
	rec_str(f);
	rec_sep();
	rec_int(s1);
	rec_sep();
	rec_int(s2);
	rec_sep();
	if (type == T_DOUBLE)
		rec_double(v.d);
	else if (type == T_LDOUBLE)
		rec_ldouble(v.ld);
	else if (type == T_STR)
		rec_str(v.s);
	else if (type != T_COUNT && type != T_NONE)
		rec_hex((unsigned long long)v.ll);
	rec_mem(" ->", 3);

	memset(big, 0x55, sizeof big);
	errno = 0;
	r1 = format(big, sizeof big, f, nstar, positional, s1, s2, type, &v, &n1);
	e1 = errno;
	rec_sep();
	rec_int(r1);
	if (r1 < 0) {
		rec_mem(" errno ", 7);
		rec_int(e1);
		return;
	}
	rec_sep();
	if ((size_t)r1 < sizeof big)
		rec_mem(big, (size_t)r1 + 1);
	if (type == T_COUNT) {
		rec_mem(" n=", 3);
		rec_int(n1);
	}
	size = below((unsigned)(r1 < 1000 ? r1 : 1000) + 3);
	memset(small, 0x55, sizeof small);
	errno = 0;
	r2 = format(chance(10) && !size ? NULL : small, size, f, nstar, positional, s1, s2, type, &v, &n2);
	e2 = errno;
	rec_mem(" size ", 6);
	rec_uint(size);
	rec_sep();
	rec_int(r2);
	if (r2 < 0) {
		rec_mem(" errno ", 7);
		rec_int(e2);
	}
	rec_sep();
	rec_mem(small, size);
	for (size_t i = size; i < sizeof small; i++)
		if ((unsigned char)small[i] != 0x55) {
			rec_fail("snprintf wrote past the size");
			break;
		}
	if (type == T_COUNT) {
		rec_mem(" n=", 3);
		rec_int(n2);
	}
}
