/* The generator of test/math_vs_glibc.sh: calls each <math.h> function on
 * COUNT pseudo-random arguments (the same ones in every build: a fixed
 * xorshift sequence per function) and prints the results' bit patterns in
 * hex, one per line, after a header line per function:
 *
 *   # NAME TYPE COUNT        TYPE: d double, f float, i integer,
 *   3ff0000000000000                l64 x87 extended, l113 binary128,
 *                                   l53 long double that is double
 *
 *   gen COUNT               every function
 *   gen COUNT NAME INDEX    the arguments of one call, for a report
 *   gen -r COUNT            the same lines, but each double and float
 *                           function's result replaced by its long double
 *                           form's on the same arguments (in the host's
 *                           long double format): the reference, from the
 *                           host's glibc
 *
 * Built twice, with taskrt-cc and with the glibc cross compiler; the
 * comparer (compare.c) reads both outputs side by side.  The arguments
 * mix values drawn from each function's interesting range with raw random
 * bit patterns (every exponent, subnormals, infinities and NaNs). */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef long double ld;

static uint64_t state;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static double uniform(void)   /* [0, 1), 52 bits: 1 + uniform() is exact */
{
	return (double)(next() >> 12) * 0x1p-52;
}

static double raw_double(void)
{
	uint64_t u = next();
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

static double from_bits(uint64_t u);

/* The domains: where each function's arguments come from. */
enum dom { ANY, POS, UNIT, TRIG, EXPD, EXP2D, HYP, SMALL, POWX, POWY, INT, NEAR1 };

static double from_bits(uint64_t u)
{
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

/* A value of the domain for a type whose largest finite exponent is emax
 * (a power of two).  Half the calls give the domain's range, the rest
 * mostly any magnitude and raw bits.  Every operation here is exact (a
 * product by a power of two, bits put together), so that the arguments
 * are the same in every build: x87 code rounds wider intermediates. */
static double arg(enum dom d, int emax)
{
	double u = uniform(), s = next() & 1 ? -1 : 1;
	int pick = next() % 16, k = (int)(next() % 50);
	uint64_t near1 = next() >> (12 + k);   /* below 2^(52-k) */

	if (pick == 0 && d != INT)
		return raw_double();
	if (pick == 1 && d != INT)   /* any magnitude, log-uniform */
		return s * ldexp(1 + u, (int)(next() % (2 * emax + 100)) - emax - 60);
	switch (d) {
	case ANY:   return s * ldexp(1 + u, (int)(next() % 80) - 40);
	case POS:   return ldexp(1 + u, (int)(next() % (2 * emax)) - emax);
	case UNIT:  return pick < 6 ? s * from_bits(0x3ff0000000000000ULL - 1 - near1) : s * u;
	case TRIG:  return pick < 8 ? s * u * 8 : pick < 12 ? s * u * 0x1p20 : s * ldexp(1 + u, (int)(next() % emax));
	case EXPD:  return pick < 4 ? s * ldexp(u, -10) : s * u * emax;
	case EXP2D: return pick < 4 ? s * ldexp(u, -10) : s * u * emax;
	case HYP:   return pick < 6 ? s * u : s * u * emax;
	case SMALL: return pick < 8 ? s * ldexp(u, -(int)(next() % 60)) : s * u * 4;
	case POWX:  return pick < 6 ? from_bits(0x3ff0000000000000ULL + (s > 0 ? near1 : -near1 - 1))
	                   : pick < 12 ? u * 8 : -(double)(next() % 20);
	case POWY:  return pick < 6 ? s * u * 1024 : pick < 12 ? s * u * 8 : s * (double)(next() % 40);
	case INT:   return (double)(int)(next() % 2200) - 1100;
	case NEAR1: return pick < 8 ? from_bits(0x3ff0000000000000ULL + (s > 0 ? near1 : -near1 - 1))
	                   : ldexp(1 + u, (int)(next() % (2 * emax)) - emax);
	}
	return 0;
}

/* A long double of the domain: a double's value plus random low bits. */
static ld arg_l(enum dom d)
{
	double a = arg(d, LDBL_MAX_EXP > DBL_MAX_EXP && (d == EXPD || d == EXP2D || d == HYP || d == POS || d == NEAR1) ? LDBL_MAX_EXP : DBL_MAX_EXP);
	if (isfinite(a) && a != 0 && d != INT && LDBL_MANT_DIG > DBL_MANT_DIG)
		return (ld)a + (ld)a * (ld)(uniform() - 0.5) * 0x1p-53L;
	return a;
}

static char obuf[1 << 16];
static size_t olen;

static void flush(void)
{
	size_t off = 0;
	while (off < olen) {
		ssize_t n = write(1, obuf + off, olen - off);
		if (n <= 0)
			exit(3);
		off += n;
	}
	olen = 0;
}

static void put(const char *s)
{
	size_t n = strlen(s);
	if (olen + n > sizeof obuf)
		flush();
	memcpy(obuf + olen, s, n);
	olen += n;
}

static void hex(uint64_t v, int digits)
{
	char b[17];
	int i;
	for (i = digits - 1; i >= 0; i--, v >>= 4)
		b[i] = "0123456789abcdef"[v & 15];
	b[digits] = 0;
	put(b);
}

static void out_d(double x) { uint64_t u; memcpy(&u, &x, 8); hex(u, 16); put("\n"); }
static void out_f(float x) { uint32_t u; memcpy(&u, &x, 4); hex(u, 8); put("\n"); }
static void out_i(long long x) { hex((uint64_t)x, 16); put("\n"); }
static void out_l(ld x)
{
	if (LDBL_MANT_DIG == 53) {
		out_d((double)x);
		return;
	}
	{
		uint64_t w[2] = { 0, 0 };
		memcpy(w, &x, LDBL_MANT_DIG == 64 ? 10 : 16);
		hex(w[1], LDBL_MANT_DIG == 64 ? 4 : 16);
		hex(w[0], 16);
		put("\n");
	}
}

static const char *ltype(void)
{
	return LDBL_MANT_DIG == 64 ? "l64" : LDBL_MANT_DIG == 113 ? "l113" : "l53";
}

/* The functions, by signature. */
enum sig { D1, D2, D3, DI, DL, DLL, F1, F2, F3, FI, FL, L1, L2, L3, LI, LL, DFREXP, FFREXP, LFREXP, DMODF, FMODF, LMODF };

struct fn {
	const char *name;
	enum sig sig;
	void (*f)(void);
	enum dom d1, d2;
	void (*ref)(void);   /* the long double function, for -r */
};

#define E(name, sig, d1, d2) { #name, sig, (void (*)(void))name, d1, d2, 0 }
#define R(name, sig, d1, d2, l) { #name, sig, (void (*)(void))name, d1, d2, (void (*)(void))l }
#define FAM1(name, d) R(name, D1, d, ANY, name##l), R(name##f, F1, d, ANY, name##l), E(name##l, L1, d, ANY)
#define FAM2(name, d1, d2) R(name, D2, d1, d2, name##l), R(name##f, F2, d1, d2, name##l), E(name##l, L2, d1, d2)

static const struct fn fns[] = {
	FAM1(fabs, ANY), FAM1(floor, ANY), FAM1(ceil, ANY), FAM1(trunc, ANY), FAM1(round, ANY),
	FAM1(rint, ANY), FAM1(nearbyint, ANY), FAM1(sqrt, POS), FAM1(cbrt, ANY),
	FAM1(exp, EXPD), FAM1(exp2, EXP2D), FAM1(expm1, EXPD), FAM1(log, NEAR1), FAM1(log2, NEAR1),
	FAM1(log10, NEAR1), FAM1(log1p, SMALL), FAM1(sin, TRIG), FAM1(cos, TRIG), FAM1(tan, TRIG),
	FAM1(asin, UNIT), FAM1(acos, UNIT), FAM1(atan, ANY), FAM1(sinh, HYP), FAM1(cosh, HYP),
	FAM1(tanh, SMALL),
	FAM2(fmod, ANY, ANY), FAM2(remainder, ANY, ANY), FAM2(hypot, ANY, ANY), FAM2(pow, POWX, POWY),
	FAM2(atan2, ANY, ANY), FAM2(copysign, ANY, ANY), FAM2(fmin, ANY, ANY), FAM2(fmax, ANY, ANY),
	FAM2(fdim, ANY, ANY),
	R(fma, D3, ANY, ANY, fmal), R(fmaf, F3, ANY, ANY, fmal),
	E(ldexp, DI, ANY, INT), E(ldexpf, FI, ANY, INT), E(ldexpl, LI, ANY, INT),
	E(scalbn, DI, ANY, INT), E(scalbnf, FI, ANY, INT), E(scalbnl, LI, ANY, INT),
	E(lround, DL, ANY, ANY), E(lroundf, FL, ANY, ANY), E(lroundl, LL, ANY, ANY),
	E(llround, DLL, ANY, ANY), E(lrint, DL, ANY, ANY), E(llrint, DLL, ANY, ANY),
	E(frexp, DFREXP, ANY, ANY), E(frexpf, FFREXP, ANY, ANY), E(frexpl, LFREXP, ANY, ANY),
	E(modf, DMODF, ANY, ANY), E(modff, FMODF, ANY, ANY), E(modfl, LMODF, ANY, ANY),
};

/* Integer-valued results are only meaningful in range: keep lround's and
 * lrint's arguments where the result fits in every build's long. */
static double fit(double x) { return isfinite(x) && fabs(x) < 2e9 ? x : 0.5; }

static int ref_mode;
static const char *type_of(enum sig s);

static void call(const struct fn *f, long i, int print_args)
{
	/* Only the arguments of the function's own type are drawn. */
	int type = f->sig == F1 || f->sig == F2 || f->sig == F3 || f->sig == FI || f->sig == FL
		|| f->sig == FFREXP || f->sig == FMODF ? 'f'
		: f->sig == L1 || f->sig == L2 || f->sig == L3 || f->sig == LI || f->sig == LL
		|| f->sig == LFREXP || f->sig == LMODF ? 'l' : 'd';
	int nargs = f->sig == D3 || f->sig == F3 || f->sig == L3 ? 3
		: f->sig == D2 || f->sig == F2 || f->sig == L2 || f->sig == DI || f->sig == FI || f->sig == LI ? 2 : 1;
	double a = 0, b = 0, c = 0;
	float af = 0, bf = 0, cf = 0;
	ld al = 0, bl = 0, cl = 0;
	int e;

	(void)i;
	if (type == 'd') {
		a = arg(f->d1, DBL_MAX_EXP);
		if (nargs > 1) b = arg(f->d2, DBL_MAX_EXP);
		if (nargs > 2) c = arg(ANY, DBL_MAX_EXP);
	} else if (type == 'f') {
		af = (float)arg(f->d1, FLT_MAX_EXP);
		if (nargs > 1) b = arg(f->d2, FLT_MAX_EXP), bf = (float)b;
		if (nargs > 2) cf = (float)arg(ANY, FLT_MAX_EXP);
	} else {
		al = arg_l(f->d1);
		if (nargs > 1) bl = arg_l(f->d2), b = (double)bl;
		if (nargs > 2) cl = arg_l(ANY);
	}
	if (f->sig == DL || f->sig == DLL || f->sig == FL || f->sig == LL) {
		a = fit(a);
		af = (float)fit(af);
		al = fit((double)al);
	}
	if (print_args) {
		switch (f->sig) {
		case D1: case D2: case D3: case DI: case DL: case DLL: case DFREXP: case DMODF:
			out_d(a); out_d(b); out_d(c); break;
		case F1: case F2: case F3: case FI: case FL: case FFREXP: case FMODF:
			out_f(af); out_f(bf); out_f(cf); break;
		default:
			out_l(al); out_l(bl); out_l(cl); break;
		}
		return;
	}
	if (ref_mode && !f->ref) {   /* not compared with the reference: placeholders */
		put(strchr(type_of(f->sig), '+') ? "0\n0\n" : "0\n");
		return;
	}
	if (ref_mode) {
		switch (f->sig) {
		case D1: out_l(((ld (*)(ld))f->ref)(a)); return;
		case D2: out_l(((ld (*)(ld, ld))f->ref)(a, b)); return;
		case D3: out_l(((ld (*)(ld, ld, ld))f->ref)(a, b, c)); return;
		case F1: out_l(((ld (*)(ld))f->ref)(af)); return;
		case F2: out_l(((ld (*)(ld, ld))f->ref)(af, bf)); return;
		case F3: out_l(((ld (*)(ld, ld, ld))f->ref)(af, bf, cf)); return;
		default: break;
		}
	}
	switch (f->sig) {
	case D1: out_d(((double (*)(double))f->f)(a)); break;
	case D2: out_d(((double (*)(double, double))f->f)(a, b)); break;
	case D3: out_d(((double (*)(double, double, double))f->f)(a, b, c)); break;
	case DI: out_d(((double (*)(double, int))f->f)(a, (int)b)); break;
	case DL: out_i(((long (*)(double))f->f)(a)); break;
	case DLL: out_i(((long long (*)(double))f->f)(a)); break;
	case F1: out_f(((float (*)(float))f->f)(af)); break;
	case F2: out_f(((float (*)(float, float))f->f)(af, bf)); break;
	case F3: out_f(((float (*)(float, float, float))f->f)(af, bf, cf)); break;
	case FI: out_f(((float (*)(float, int))f->f)(af, (int)b)); break;
	case FL: out_i(((long (*)(float))f->f)(af)); break;
	case L1: out_l(((ld (*)(ld))f->f)(al)); break;
	case L2: out_l(((ld (*)(ld, ld))f->f)(al, bl)); break;
	case L3: out_l(((ld (*)(ld, ld, ld))f->f)(al, bl, cl)); break;
	case LI: out_l(((ld (*)(ld, int))f->f)(al, (int)b)); break;
	case LL: out_i(((long (*)(ld))f->f)(al)); break;
	case DFREXP: out_d(frexp(a, &e)); out_i(e); break;
	case FFREXP: out_f(frexpf(af, &e)); out_i(e); break;
	case LFREXP: out_l(frexpl(al, &e)); out_i(e); break;
	case DMODF: { double ip; out_d(modf(a, &ip)); out_d(ip); break; }
	case FMODF: { float ip; out_f(modff(af, &ip)); out_f(ip); break; }
	case LMODF: { ld ip; out_l(modfl(al, &ip)); out_l(ip); break; }
	}
}

static const char *type_of(enum sig s);

static const char *type_of(enum sig s)
{
	switch (s) {
	case D1: case D2: case D3: case DI: return "d";
	case F1: case F2: case F3: case FI: return "f";
	case DL: case DLL: case FL: case LL: return "i";
	case DFREXP: return "d+i";
	case FFREXP: return "f+i";
	case DMODF: return "d+d";
	case FMODF: return "f+f";
	case LFREXP: return LDBL_MANT_DIG == 64 ? "l64+i" : LDBL_MANT_DIG == 113 ? "l113+i" : "l53+i";
	case LMODF: return LDBL_MANT_DIG == 64 ? "l64+l64" : LDBL_MANT_DIG == 113 ? "l113+l113" : "l53+l53";
	default: return ltype();
	}
}

int main(int argc, char **argv)
{
	long count;
	size_t k;

	if (argc > 1 && strcmp(argv[1], "-r") == 0) {
		ref_mode = 1;
		argc--;
		argv++;
	}
	count = argc > 1 ? atol(argv[1]) : 1000;

	for (k = 0; k < sizeof fns / sizeof fns[0]; k++) {
		const struct fn *f = &fns[k];
		int one = argc > 3 && strcmp(argv[2], f->name) == 0;
		char num[24];
		int n = 0;
		long c = count, i;

		if (argc > 3 && !one)
			continue;
		state = 0x9e3779b97f4a7c15ULL ^ (k + 1) * 0x2545f4914f6cdd1dULL;
		if (!one) {
			put("# ");
			put(f->name);
			put(" ");
			put(type_of(f->sig));
			put(" ");
			do num[n++] = '0' + c % 10; while (c /= 10);
			while (n)
				obuf[olen++] = num[--n];
			put("\n");
		}
		for (i = 0; i < count; i++) {
			if (one && i == atol(argv[3])) {
				call(f, i, 1);
				break;
			}
			if (one)
				call(f, i, 2), olen = 0;
			else
				call(f, i, 0);
		}
	}
	flush();
	return 0;
}
