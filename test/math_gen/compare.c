/* The comparer of test/math_vs_glibc.sh (built for the host): reads the
 * outputs of gen.c built against taskrt and against glibc, side by side,
 * and prints per function the count and the worst distance in ulps (the
 * number of representable values between the two results; NaN against
 * NaN counts as equal), with the index of the worst call:
 *
 *   compare TASKRT_OUT GLIBC_OUT [REFERENCE_OUT]
 *
 * REFERENCE_OUT (gen -r, built for the host with its glibc) has each
 * double and float result computed by the long double function: with it
 * the comparer also gives each library's worst error against the
 * reference, in fractional ulps, and a call where taskrt is more than 1
 * ulp from glibc is forgiven when taskrt is the closer one to the
 * reference (glibc's log10, tanh, sinh, cosh... reach 2 ulps).
 *
 * It fails (exit 1) when a double or float function is more than 1 ulp
 * from glibc (and not closer to the reference), an integer result
 * differs, or an exact function (the EXACT list, in every type) differs
 * at all; long double functions that are not exact are reported only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

typedef unsigned __int128 u128;

static const char *const exact[] = {
	"fabs", "floor", "ceil", "trunc", "round", "rint", "nearbyint", "sqrt", "fmod", "remainder",
	"copysign", "fmin", "fmax", "ldexp", "scalbn", "lround", "llround", "lrint", "llrint",
	"frexp", "modf", NULL
};

static int is_exact(const char *name)
{
	size_t n = strlen(name);
	int i;

	for (i = 0; exact[i]; i++) {
		size_t m = strlen(exact[i]);
		if (strncmp(name, exact[i], m) == 0 && (n == m || (n == m + 1 && (name[m] == 'f' || name[m] == 'l'))))
			return 1;
	}
	return 0;
}

static u128 parse(const char *s)
{
	u128 v = 0;
	for (; *s && *s != '\n'; s++)
		v = v << 4 | (u128)(*s <= '9' ? *s - '0' : *s - 'a' + 10);
	return v;
}

enum { T_I, T_F, T_D, T_L64, T_L113 };

static int type_code(const char *t)
{
	return strcmp(t, "i") == 0 ? T_I : strcmp(t, "f") == 0 ? T_F : strcmp(t, "d") == 0 || strcmp(t, "l53") == 0 ? T_D
		: strcmp(t, "l64") == 0 ? T_L64 : T_L113;
}

/* A monotonic integer for the value with these bits, and whether it is
 * a NaN. */
static __int128 order(u128 v, int type, int *nan)
{
	u128 mag;
	int sign;

	*nan = 0;
	if (type == T_I)
		return (__int128)(long long)(unsigned long long)v;
	if (type == T_F) {
		sign = (int)(v >> 31 & 1);
		mag = v & 0x7fffffff;
		*nan = mag > 0x7f800000;
	} else if (type == T_D) {
		sign = (int)(v >> 63 & 1);
		mag = v & 0x7fffffffffffffffULL;
		*nan = mag > 0x7ff0000000000000ULL;
	} else if (type == T_L64) {
		unsigned e = (unsigned)(v >> 64) & 0x7fff;
		unsigned long long m = (unsigned long long)v;
		sign = (int)(v >> 79 & 1);
		*nan = e == 0x7fff && (m << 1) != 0;
		mag = e ? ((u128)e << 63) + (m & 0x7fffffffffffffffULL) : m;
	} else {   /* l113 */
		sign = (int)(v >> 127);
		mag = v & ~((u128)1 << 127);
		*nan = mag > ((u128)0x7fff << 112);
	}
	return sign ? -(__int128)mag : (__int128)mag;
}

struct result {
	char name[32], type[16];
	long count, worst_at, forgiven, err_t_at;
	double worst, worst_bad, err_t, err_g;
	int nan_mismatch;
};

/* The host's long double from its bytes in hex (as gen.c prints them). */
static long double host_ld(const char *s)
{
	u128 v = parse(s);
	long double x = 0;
	memcpy(&x, &v, sizeof x < 16 ? sizeof x : 16);
	return x;
}

static long double value(u128 v, int t)
{
	if (t == T_F) {
		unsigned u = (unsigned)v;
		float f;
		memcpy(&f, &u, 4);
		return f;
	} else {
		unsigned long long u = (unsigned long long)v;
		double d;
		memcpy(&d, &u, 8);
		return d;
	}
}

/* |got - ref| in ulps of the type t (T_D or T_F) at ref, the ulp taken
 * from ref rounded to the type (its exponent bits). */
static double err_ulps(long double got, long double ref, int t)
{
	long double ulp;

	if (t == T_F) {
		float r = (float)ref;
		unsigned u;
		memcpy(&u, &r, 4);
		u = u >> 23 & 0xff;
		if (__builtin_isinf(r))
			ref = r;
		ulp = u > 1 ? (float)ldexp(1, (int)u - 150) : 0x1p-149f;
	} else {
		double r = (double)ref;
		unsigned long long u;
		memcpy(&u, &r, 8);
		u = u >> 52 & 0x7ff;
		if (__builtin_isinf(r))
			ref = r;
		ulp = u > 1 ? ldexp(1, (int)u - 1075) : 0x1p-1074;
	}
	if (!__builtin_isfinite(ref) || !__builtin_isfinite(got))
		return got == ref || (got != got && ref != ref) ? 0 : 1e30;
	return (double)(fabsl(got - ref) / ulp);
}

int main(int argc, char **argv)
{
	FILE *a, *b, *c = NULL;
	char la[128], lb[128], lc[128];
	struct result r;
	char types[2][16];
	int codes[2] = { 0, 0 };
	int ntypes = 0, failed = 0, have = 0;
	long index = 0, sub = 0;

	memset(&r, 0, sizeof r);
	if (argc < 3 || argc > 4 || !(a = fopen(argv[1], "r")) || !(b = fopen(argv[2], "r"))
	    || (argc == 4 && !(c = fopen(argv[3], "r")))) {
		fprintf(stderr, "usage: compare TASKRT_OUT GLIBC_OUT [REFERENCE_OUT]\n");
		return 2;
	}
	for (;;) {
		char *ga = fgets(la, sizeof la, a), *gb = fgets(lb, sizeof lb, b);
		/* a reference line of "0" alone is a placeholder: no reference */
		int have_ref = c && fgets(lc, sizeof lc, c) && strcmp(lc, "0\n") != 0;
		if (!ga || !gb || la[0] == '#') {
			if (have) {
				int bad;
				const char *kind = strchr(r.type, 'l') ? "long double" : "";
				if (strcmp(r.type, "d") == 0 || strncmp(r.type, "d+", 2) == 0) kind = "double";
				if (strcmp(r.type, "f") == 0 || strncmp(r.type, "f+", 2) == 0) kind = "float";
				if (strcmp(r.type, "i") == 0) kind = "integer";
				bad = r.nan_mismatch || (is_exact(r.name) || strcmp(kind, "integer") == 0 ? r.worst > 0
					: strcmp(kind, "long double") != 0 && r.worst_bad > 1);
				printf("%-4s %-11s %-11s %7ld args: worst %s%.4g ulp from glibc", bad ? "FAIL" : "ok", r.name, kind,
					r.count, r.nan_mismatch ? "NaN-vs-number, " : "", r.worst);
				if (r.worst > 0)
					printf(" (call %ld)", r.worst_at);
				if (c && (strcmp(kind, "double") == 0 || strcmp(kind, "float") == 0) && !is_exact(r.name))
					printf("; vs reference: taskrt %.3f (call %ld), glibc %.3f ulp", r.err_t, r.err_t_at, r.err_g);
				if (r.forgiven)
					printf("; %ld calls >1 ulp from glibc but closer to the reference", r.forgiven);
				printf("\n");
				failed |= bad;
			}
			if (!ga || !gb)
				break;
			if (strcmp(la, lb) != 0) {
				printf("FAIL  headers differ: %s vs %s", la, lb);
				return 1;
			}
			memset(&r, 0, sizeof r);
			r.worst_at = -1;
			if (sscanf(la, "# %31s %15s %ld", r.name, r.type, &r.count) != 3)
				return 2;
			{
				char *plus = strchr(r.type, '+');
				ntypes = 1;
				snprintf(types[0], sizeof types[0], "%.*s", plus ? (int)(plus - r.type) : 15, r.type);
				if (plus) {
					snprintf(types[1], sizeof types[1], "%s", plus + 1);
					ntypes = 2;
				}
				codes[0] = type_code(types[0]);
				codes[1] = type_code(types[1]);
			}
			have = 1;
			index = 0;
			sub = 0;
			continue;
		}
		if (strcmp(la, lb) == 0 && !(have_ref && ntypes == 1 && (codes[0] == T_D || codes[0] == T_F))) {
			if (++sub == ntypes) {   /* equal bits: distance 0 */
				sub = 0;
				index++;
			}
			continue;
		}
		{
			int na, nb;
			int t = codes[sub];
			__int128 oa = order(parse(la), t, &na), ob = order(parse(lb), t, &nb);
			double dist;
			if (na || nb) {
				if (na != nb)
					r.nan_mismatch = 1;
				dist = 0;
			} else {
				__int128 dd = oa > ob ? oa - ob : ob - oa;
				dist = (double)dd;
			}
			if (dist > r.worst) {
				r.worst = dist;
				r.worst_at = index;
			}
			if (have_ref && ntypes == 1 && (t == T_D || t == T_F) && !na && !nb) {
				long double ref = host_ld(lc);
				double et = err_ulps(value(parse(la), t), ref, t), eg = err_ulps(value(parse(lb), t), ref, t);
				if (et > r.err_t) {
					r.err_t = et;
					r.err_t_at = index;
				}
				if (eg > r.err_g)
					r.err_g = eg;
				if (dist > 1 && et <= eg)
					r.forgiven++;
				else if (dist > r.worst_bad)
					r.worst_bad = dist;
			} else if (dist > r.worst_bad)
				r.worst_bad = dist;
			if (++sub == ntypes) {
				sub = 0;
				index++;
			}
		}
	}
	return failed;
}
