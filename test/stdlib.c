/* <stdlib.h> without malloc: qsort, bsearch, getenv/setenv/unsetenv,
 * abs/div, rand/srand. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

/* On failure, say which case it was. */
#define CHECK_AT(cond, what, a, b, c) do { int ok_ = (cond); CHECK(ok_); \
	if (!ok_) { check_puts("    " what " at "); check_putll(a); check_puts(","); \
	check_putll(b); check_puts(","); check_putll(c); check_puts("\n"); } } while (0)

/* ---- rand ---- */

static void test_rand(void)
{
	int first[16], again[16], bits[31] = { 0 };
	int n = 100000;

	/* before any srand, rand behaves as after srand(1) */
	for (int i = 0; i < 16; i++)
		first[i] = rand();
	srand(1);
	for (int i = 0; i < 16; i++)
		CHECK_AT(rand() == first[i], "srand(1)", i, 0, 0);
	srand(42);
	for (int i = 0; i < 16; i++)
		again[i] = rand();
	srand(42);
	for (int i = 0; i < 16; i++)
		CHECK_AT(rand() == again[i], "srand(42) twice", i, 0, 0);
	CHECK(memcmp(first, again, sizeof first) != 0);
	srand(0);
	CHECK(rand() != rand());

	/* in range, and every bit set about half the time */
	for (int i = 0; i < n; i++) {
		int r = rand();

		CHECK_AT(r >= 0 && r <= RAND_MAX, "rand range", i, r, 0);
		for (int b = 0; b < 31; b++)
			bits[b] += (r >> b) & 1;
	}
	for (int b = 0; b < 31; b++)
		CHECK_AT(bits[b] > n * 45 / 100 && bits[b] < n * 55 / 100, "rand bit", b, bits[b], n);
	CHECK_INT(RAND_MAX, 0x7fffffff);
}

/* ---- qsort ---- */

static size_t elem_size;        /* for compare_bytes */
static long compares;

/* A total order on whole elements: equal elements are identical bytes,
 * so the sorted result is unique and can be compared with a reference. */
static int compare_bytes(const void *a, const void *b)
{
	compares++;
	return memcmp(a, b, elem_size);
}

/* The reference: insertion sort. */
static void ref_sort(unsigned char *a, size_t n, size_t size)
{
	unsigned char tmp[64];

	for (size_t i = 1; i < n; i++) {
		size_t j = i;

		memcpy(tmp, a + i * size, size);
		for (; j > 0 && memcmp(a + (j - 1) * size, tmp, size) > 0; j--)
			memcpy(a + j * size, a + (j - 1) * size, size);
		memcpy(a + j * size, tmp, size);
	}
}

enum pattern { RANDOM, SORTED, REVERSED, EQUAL, FEW, ORGAN, PATTERNS };

/* Fill n elements of size bytes: the first byte carries the order (the
 * rest follows from it, or is random for RANDOM). */
static void make(unsigned char *a, size_t n, size_t size, enum pattern p)
{
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < size; k++) {
			unsigned v;

			switch (p) {
			case RANDOM:   v = rand(); break;
			case SORTED:   v = k ? 0 : i * 255 / (n ? n : 1); break;
			case REVERSED: v = k ? 0 : 255 - i * 255 / (n ? n : 1); break;
			case EQUAL:    v = 7; break;
			case FEW:      v = k ? 0 : rand() % 3; break;
			default:       v = k ? 0 : (i < n / 2 ? i : n - i); break;
			}
			a[i * size + k] = (unsigned char)v;
		}
	/* sorted and reversed over whole bytes for sizes > 1: make later
	 * bytes follow the index too, so ties on the first byte still order */
	if (p == SORTED || p == REVERSED)
		for (size_t i = 0; i < n && size > 1; i++) {
			size_t rank = p == SORTED ? i : n - 1 - i;

			a[i * size] = (unsigned char)(rank >> 8);
			a[i * size + 1] = (unsigned char)rank;
		}
}

static int log2_ceil(size_t n)
{
	int l = 0;

	while (((size_t)1 << l) < n)
		l++;
	return l;
}

static void test_qsort_bytes(void)
{
	static unsigned char a[1100 * 24], b[1100 * 24];
	static const size_t sizes[] = { 1, 2, 3, 4, 5, 8, 12, 16, 24 };
	static const size_t counts[] = { 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33,
		63, 64, 100, 255, 256, 257, 1000, 1100 };

	for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++)
		for (size_t ci = 0; ci < sizeof counts / sizeof *counts; ci++)
			for (int p = 0; p < PATTERNS; p++) {
				size_t size = sizes[si], n = counts[ci];

				/* the O(n^2) reference only for the smaller cases */
				if (n >= 1000 && size != 24 && size != 1 && size != 4 && size != 8)
					continue;
				make(a, n, size, p);
				memcpy(b, a, n * size);
				ref_sort(b, n, size);
				elem_size = size;
				compares = 0;
				qsort(a, n, size, compare_bytes);
				CHECK_AT(memcmp(a, b, n * size) == 0, "qsort", size, n, p);
				/* n log n, with room: the heapsort fallback makes ~2 n log2 n */
				CHECK_AT(compares <= 3 * (long)n * (log2_ceil(n) + 1), "qsort compares",
					 size, n, compares);
			}
}

static int compare_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	compares++;
	return (x > y) - (x < y);       /* never x - y: it overflows */
}

/* Large arrays: sortedness, a checksum, and the comparison count that
 * proves sorted and reversed inputs are not quadratic. */
static void test_qsort_large(void)
{
	enum { BIG = 20000 };
	static int a[BIG];

	for (int p = 0; p < PATTERNS; p++) {
		unsigned long long sum = 0, sum_after = 0;

		for (int i = 0; i < BIG; i++) {
			switch (p) {
			case RANDOM:   a[i] = rand() - RAND_MAX / 2; break;
			case SORTED:   a[i] = i; break;
			case REVERSED: a[i] = BIG - i; break;
			case EQUAL:    a[i] = 5; break;
			case FEW:      a[i] = rand() % 4 ? INT_MAX : INT_MIN; break;
			default:       a[i] = i < BIG / 2 ? i : BIG - i; break;
			}
			sum += (unsigned)a[i] * 2654435761u;
		}
		compares = 0;
		qsort(a, BIG, sizeof *a, compare_int);
		int sorted = 1;
		for (int i = 0; i < BIG; i++) {
			sum_after += (unsigned)a[i] * 2654435761u;
			if (i && a[i - 1] > a[i])
				sorted = 0;
		}
		CHECK_AT(sorted, "qsort large sorted", p, 0, 0);
		CHECK_AT(sum == sum_after, "qsort large permutation", p, 0, 0);
		CHECK_AT(compares <= 3L * BIG * 15, "qsort large compares", p, compares, 0);
	}
}

/* An adversary for any quicksort (after McIlroy, "A killer adversary for
 * quicksort", 1999): the elements are indices whose values are decided
 * only when a comparison forces it.  Undecided elements ("gas") compare
 * above every decided one; when two undecided ones meet, the one that
 * looks like the current pivot candidate is decided, as the lowest value
 * left.  A quicksort's pivots then come out smallest, one level after
 * another, and it makes n^2/4 comparisons; an introsort notices and
 * switches to heapsort.  The values decided along the way stay fixed, so
 * the result must still be sorted by them. */
enum { ADVERSARY_N = 20000 };
static int adv_value[ADVERSARY_N];
static int adv_decided, adv_candidate;

static int compare_adversary(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;
	const int gas = ADVERSARY_N;

	compares++;
	if (adv_value[a] == gas && adv_value[b] == gas)
		adv_value[a == adv_candidate ? a : b] = adv_decided++;
	if (adv_value[a] == gas)
		adv_candidate = a;
	else if (adv_value[b] == gas)
		adv_candidate = b;
	return adv_value[a] - adv_value[b];
}

static void test_qsort_adversary(void)
{
	static int a[ADVERSARY_N];
	int sorted = 1;

	for (int i = 0; i < ADVERSARY_N; i++) {
		a[i] = i;
		adv_value[i] = ADVERSARY_N;     /* gas */
	}
	adv_decided = 0;
	adv_candidate = 0;
	compares = 0;
	qsort(a, ADVERSARY_N, sizeof *a, compare_adversary);
	for (int i = 1; i < ADVERSARY_N; i++)
		if (adv_value[a[i - 1]] > adv_value[a[i]])
			sorted = 0;
	CHECK_AT(sorted, "qsort adversary sorted", 0, 0, 0);
	/* quadratic would be about 10^8; n log2 n is 2.9 * 10^5 */
	CHECK_AT(compares <= 5L * ADVERSARY_N * 15, "qsort adversary compares", compares, 0, 0);
}

/* Elements whose key is only part of them (equal keys, other bytes
 * differ): every element must arrive whole. */
struct rec {
	int key;
	int id;
	long long check;                /* derived from id: travels with it */
	char name[8];
};

static int compare_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

static void test_qsort_records(void)
{
	enum { N = 500 };
	static struct rec r[N];
	static char seen[N];

	CHECK_INT(sizeof(struct rec), 24);
	for (int i = 0; i < N; i++) {
		r[i].key = rand() % 10;
		r[i].id = i;
		r[i].check = (long long)i * 1000003 - 7;
		memcpy(r[i].name, "rec", 4);
		r[i].name[4] = (char)('a' + i % 26);
	}
	qsort(r, N, sizeof *r, compare_rec);
	memset(seen, 0, sizeof seen);
	for (int i = 0; i < N; i++) {
		int id = r[i].id;

		CHECK_AT(i == 0 || r[i - 1].key <= r[i].key, "qsort rec order", i, 0, 0);
		CHECK_AT(id >= 0 && id < N && !seen[id], "qsort rec id", i, id, 0);
		if (id >= 0 && id < N) {
			seen[id] = 1;
			CHECK_AT(r[i].check == (long long)id * 1000003 - 7, "qsort rec whole", i, id, 0);
			CHECK_AT(r[i].name[4] == 'a' + id % 26, "qsort rec name", i, id, 0);
		}
	}
	/* qsort of nothing, or with size 0, touches nothing (a null base is
	 * taskrt's promise: C11 wants a valid pointer even for 0 elements) */
	TASKRT_ONLY(qsort(NULL, 0, sizeof(int), compare_int));
	qsort(r, 0, sizeof *r, compare_rec);
}

/* ---- bsearch ---- */

static void test_bsearch(void)
{
	static int a[300];

	for (int n = 0; n <= 300; n += n < 20 ? 1 : 37) {
		for (int i = 0; i < n; i++)
			a[i] = 2 * i + 1;       /* odd numbers: evens are missing */
		for (int k = -1; k <= 2 * n + 1; k++) {
			int *got = bsearch(&k, a, n, sizeof *a, compare_int);

			if ((k & 1) && k > 0 && k < 2 * n)
				CHECK_AT(got == &a[(k - 1) / 2], "bsearch found", n, k, 0);
			else
				CHECK_AT(got == NULL, "bsearch missing", n, k, 0);
		}
	}
	/* duplicates: any of the equal ones */
	int d[] = { 1, 2, 2, 2, 2, 3 }, two = 2, four = 4;
	int *got = bsearch(&two, d, 6, sizeof *d, compare_int);
	CHECK(got && *got == 2);
	CHECK(bsearch(&four, d, 6, sizeof *d, compare_int) == NULL);
	TASKRT_ONLY(CHECK(bsearch(&two, NULL, 0, sizeof *d, compare_int) == NULL));
}

/* ---- environment ---- */

static int env_count(const char *name)
{
	size_t len = strlen(name);
	int n = 0;

	for (char **e = environ; e && *e; e++)
		if (strncmp(*e, name, len) == 0 && (*e)[len] == '=')
			n++;
	return n;
}

static void test_env(void)
{
	static const char *volatile null_name;  /* NULL, unknown to the compiler */
	char name[32], value[32];

	/* getenv agrees with the environment the program was started with */
	for (char **e = environ; e && *e; e++) {
		const char *eq = strchr(*e, '=');
		size_t len = eq ? (size_t)(eq - *e) : 0;

		if (!eq || len == 0 || len >= sizeof name)
			continue;
		memcpy(name, *e, len);
		name[len] = 0;
		if (env_count(name) == 1)
			CHECK_STR(getenv(name), eq + 1);
	}
	CHECK(getenv("TASKRT_SURELY_UNSET") == NULL);
	CHECK(getenv("") == NULL);
	CHECK(getenv("A=B") == NULL);

	/* setenv copies name and value */
	strcpy(name, "TASKRT_A");
	strcpy(value, "one");
	CHECK_INT(setenv(name, value, 0), 0);
	strcpy(name, "XXXXXXXX");
	strcpy(value, "two");
	CHECK_STR(getenv("TASKRT_A"), "one");
	CHECK_INT(env_count("TASKRT_A"), 1);
	/* overwrite = 0 keeps, overwrite = 1 replaces */
	CHECK_INT(setenv("TASKRT_A", "uno", 0), 0);
	CHECK_STR(getenv("TASKRT_A"), "one");
	CHECK_INT(setenv("TASKRT_A", "uno", 1), 0);
	CHECK_STR(getenv("TASKRT_A"), "uno");
	CHECK_INT(env_count("TASKRT_A"), 1);
	/* values may be empty or hold '=' */
	CHECK_INT(setenv("TASKRT_B", "", 1), 0);
	CHECK_STR(getenv("TASKRT_B"), "");
	CHECK_INT(setenv("TASKRT_C", "x=y=z", 1), 0);
	CHECK_STR(getenv("TASKRT_C"), "x=y=z");
	/* prefixes of each other are different variables */
	CHECK_INT(setenv("TASKRT_AB", "longer", 1), 0);
	CHECK_STR(getenv("TASKRT_A"), "uno");
	CHECK_STR(getenv("TASKRT_AB"), "longer");
	CHECK(getenv("TASKRT_") == NULL);

	/* bad names */
	errno = 0;
	CHECK_INT(setenv("", "v", 1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(setenv(null_name, "v", 1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(setenv("A=B", "v", 1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(unsetenv(""), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(unsetenv("A=B"), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(unsetenv(null_name), -1);
	CHECK_INT(errno, EINVAL);

	/* unsetenv */
	CHECK_INT(unsetenv("TASKRT_A"), 0);
	CHECK(getenv("TASKRT_A") == NULL);
	CHECK_STR(getenv("TASKRT_AB"), "longer");
	CHECK_INT(unsetenv("TASKRT_A"), 0);            /* not set: fine */
	CHECK_INT(env_count("TASKRT_A"), 0);

	/* many variables: the array grows; then replace each many times */
	for (int i = 0; i < 300; i++) {
		strcpy(name, "TASKRT_V");
		name[8] = (char)('a' + i / 26 % 26);
		name[9] = (char)('a' + i % 26);
		name[10] = 0;
		value[0] = (char)('0' + i % 10);
		value[1] = 0;
		CHECK_AT(setenv(name, value, 1) == 0, "setenv many", i, 0, 0);
	}
	for (int round = 0; round < 20; round++)
		for (int i = 0; i < 300; i += 7) {
			strcpy(name, "TASKRT_V");
			name[8] = (char)('a' + i / 26 % 26);
			name[9] = (char)('a' + i % 26);
			name[10] = 0;
			value[0] = (char)('a' + round);
			value[1] = (char)('0' + i % 10);
			value[2] = 0;
			setenv(name, value, 1);
		}
	for (int i = 0; i < 300; i++) {
		strcpy(name, "TASKRT_V");
		name[8] = (char)('a' + i / 26 % 26);
		name[9] = (char)('a' + i % 26);
		name[10] = 0;
		const char *v = getenv(name);
		CHECK_AT(v && v[0] == (i % 7 ? '0' + i % 10 : 'a' + 19), "getenv many", i, 0, 0);
		CHECK_AT(env_count(name) == 1, "env many count", i, 0, 0);
		CHECK_AT(unsetenv(name) == 0 && getenv(name) == NULL, "unsetenv many", i, 0, 0);
	}
	CHECK_STR(getenv("TASKRT_AB"), "longer");
	CHECK_STR(getenv("TASKRT_C"), "x=y=z");

	/* an environment the program built itself, with a duplicate: unsetenv
	 * removes both, setenv copies the array before growing it */
	static char *mine[] = { "DUP=1", "KEEP=k", "DUP=2", NULL };
	char **saved = environ;
	environ = mine;
	CHECK_STR(getenv("DUP"), "1");
	CHECK_INT(unsetenv("DUP"), 0);
	CHECK(getenv("DUP") == NULL);
	CHECK_STR(mine[0], "KEEP=k");
	CHECK(mine[1] == NULL);
	CHECK_INT(setenv("NEW", "n", 0), 0);
	CHECK_STR(getenv("NEW"), "n");
	CHECK_STR(getenv("KEEP"), "k");
	CHECK(mine[1] == NULL);                         /* not written past its end */
	environ = NULL;                                 /* clearenv, by hand */
	CHECK(getenv("KEEP") == NULL);
	CHECK_INT(unsetenv("KEEP"), 0);
	CHECK_INT(setenv("ONLY", "1", 0), 0);
	CHECK_STR(getenv("ONLY"), "1");
	CHECK(environ && environ[0] && !environ[1]);
	environ = saved;
}

/* ---- abs, div ---- */

static void test_arith(void)
{
	CHECK_INT(abs(0), 0);
	CHECK_INT(abs(-5), 5);
	CHECK_INT(abs(5), 5);
	CHECK_INT(abs(INT_MIN + 1), INT_MAX);
	CHECK_INT(labs(-7L), 7);
	CHECK_INT(labs(LONG_MIN + 1), LONG_MAX);
	CHECK(llabs(LLONG_MIN + 1) == LLONG_MAX);
	CHECK(llabs(-3LL) == 3);

	/* C division truncates toward zero: num == quot * den + rem */
	static const int cases[][4] = {
		{ 7, 2, 3, 1 }, { -7, 2, -3, -1 }, { 7, -2, -3, 1 }, { -7, -2, 3, -1 },
		{ 0, 5, 0, 0 }, { 6, 3, 2, 0 }, { INT_MAX, 1, INT_MAX, 0 },
		{ INT_MIN, 1, INT_MIN, 0 }, { INT_MIN, INT_MAX, -1, -1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		div_t d = div(cases[i][0], cases[i][1]);
		ldiv_t l = ldiv(cases[i][0], cases[i][1]);
		lldiv_t ll = lldiv(cases[i][0], cases[i][1]);

		CHECK_AT(d.quot == cases[i][2] && d.rem == cases[i][3], "div", (long long)i, d.quot, d.rem);
		CHECK_AT(l.quot == cases[i][2] && l.rem == cases[i][3], "ldiv", (long long)i, l.quot, l.rem);
		CHECK_AT(ll.quot == cases[i][2] && ll.rem == cases[i][3], "lldiv", (long long)i, ll.quot, ll.rem);
	}
	ldiv_t l = ldiv(LONG_MAX, 10);
	CHECK(l.quot == LONG_MAX / 10 && l.rem == 7);
	lldiv_t ll = lldiv(LLONG_MIN, 10);
	CHECK(ll.quot == LLONG_MIN / 10 && ll.rem == -8);
	ll = lldiv(1000000000000LL, -7);
	CHECK(ll.quot == -142857142857LL && ll.rem == 1);
}

int main(void)
{
	(void)check_skip;
	test_rand();            /* first: it checks rand() before any srand() */
	test_qsort_bytes();
	test_qsort_large();
	test_qsort_adversary();
	test_qsort_records();
	test_bsearch();
	test_env();
	test_arith();
	return check_done();
}
