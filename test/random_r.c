/* random_r, srandom_r, initstate_r and setstate_r: glibc's sequences for
 * the same seeds and state sizes (the expected numbers are glibc's own
 * output), the generator each size picks, the state's first word that
 * setstate_r reads, two generators on one struct random_data, and the
 * bad arguments glibc reports. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

/* A NULL the compiler cannot see (glibc marks the arguments nonnull). */
static void *null(void)
{
	void *volatile p = 0;

	return p;
}

static void check_next(struct random_data *d, const int32_t *want, int n)
{
	for (int i = 0; i < n; i++) {
		int32_t x = -1;

		CHECK_INT(random_r(d, &x), 0);
		CHECK_INT(x, want[i]);
	}
}

int main(void)
{
	/* glibc, for each seed, the types 0..4 (the sizes 8, 32, 64, 128, 256,
	 * and one byte under the next), the first three numbers. */
	static const struct { unsigned seed; int32_t want[5][3]; } runs[] = {
		{ 1, { { 1103527590, 377401575, 662824084 }, { 964237963, 406111040, 156505215 },
		       { 1894937090, 1645272306, 2143216519 }, { 1804289383, 846930886, 1681692777 },
		       { 510644794, 625058908, 1816371419 } } },
		{ 0, { { 1103527590, 377401575, 662824084 }, { 964237963, 406111040, 156505215 },
		       { 1894937090, 1645272306, 2143216519 }, { 1804289383, 846930886, 1681692777 },
		       { 510644794, 625058908, 1816371419 } } },
		{ 42, { { 1250496027, 1116302264, 1000676753 }, { 769798547, 2024571666, 1204852799 },
		        { 2051258974, 339992574, 1379825892 }, { 71876166, 708592740, 1483128881 },
		        { 472624893, 994493761, 100792968 } } },
		{ 3000000000u, { { 1398552121, 2145297534, 2136907231 }, { 980906238, 383429106, 1178255777 },
		                 { 35714510, 1116252429, 863933533 }, { 2058147116, 854483408, 922419988 },
		                 { 810898980, 1570478947, 616891489 } } },
	};
	static const size_t sizes[5][2] = { { 8, 31 }, { 32, 63 }, { 64, 127 }, { 128, 255 }, { 256, 300 } };
	static const int degrees[5] = { 0, 7, 15, 31, 63 }, seps[5] = { 0, 3, 1, 3, 1 };
	static _Alignas(int32_t) char st[300], a[64], b[256], small[7], bad[128];
	struct random_data d;
	int32_t x;

	for (size_t r = 0; r < sizeof runs / sizeof *runs; r++)
		for (int t = 0; t < 5; t++)
			for (int z = 0; z < 2; z++) {
				memset(&d, 0, sizeof d);
				memset(st, 0, sizeof st);
				CHECK_INT(initstate_r(runs[r].seed, st, sizes[t][z], &d), 0);
				CHECK_INT(d.rand_type, t);
				CHECK_INT(d.rand_deg, degrees[t]);
				CHECK_INT(d.rand_sep, seps[t]);
				CHECK(d.state == (int32_t *)(void *)st + 1);
				CHECK(d.end_ptr == d.state + degrees[t]);
				check_next(&d, runs[r].want[t], 3);
			}

	/* The 1000th number is random()'s after srandom(123). */
	memset(&d, 0, sizeof d);
	CHECK_INT(initstate_r(123, st, 128, &d), 0);
	for (int i = 0; i < 999; i++)
		random_r(&d, &x);
	check_next(&d, (const int32_t[]){ 554728600 }, 1);
	srandom(123);
	for (int i = 0; i < 999; i++)
		random();
	CHECK_INT(random(), 554728600);

	/* srandom_r restarts the same state with a new seed. */
	memset(&d, 0, sizeof d);
	initstate_r(5, st, 128, &d);
	CHECK_INT(srandom_r(77, &d), 0);
	check_next(&d, (const int32_t[]){ 164215730, 618066554, 1684787909 }, 3);
	CHECK_INT(srandom_r(42, &d), 0);
	check_next(&d, runs[2].want[3], 3);

	/* Two states on one struct: each initstate_r and setstate_r leaves
	 * type + 5 * rear index in the state it leaves, and setstate_r goes on
	 * where that one stopped. */
	memset(&d, 0, sizeof d);
	CHECK_INT(initstate_r(9, a, sizeof a, &d), 0);
	check_next(&d, (const int32_t[]){ 829433104 }, 1);
	CHECK_INT(initstate_r(9, b, sizeof b, &d), 0);
	CHECK_INT(((int32_t *)(void *)a)[0], 2 + 5 * 1);   /* type 2, rear at 1 */
	check_next(&d, (const int32_t[]){ 92791753 }, 1);
	CHECK_INT(setstate_r(a, &d), 0);
	CHECK_INT(((int32_t *)(void *)b)[0], 4 + 5 * 1);
	CHECK_INT(d.rand_type, 2);
	check_next(&d, (const int32_t[]){ 111830998 }, 1);
	CHECK_INT(setstate_r(b, &d), 0);
	CHECK_INT(((int32_t *)(void *)a)[0], 2 + 5 * 2);
	check_next(&d, (const int32_t[]){ 1944034729 }, 1);

	/* Bad arguments: EINVAL, and nothing changed. */
	errno = 0;
	CHECK_INT(initstate_r(1, small, sizeof small, &d), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(d.rand_type, 4);
	errno = 0;
	CHECK_INT(random_r(&d, null()), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(random_r(null(), &x), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(setstate_r(null(), &d), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	((int32_t *)(void *)bad)[0] = -1;               /* type -1 */
	CHECK_INT(setstate_r(bad, &d), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(d.rand_type, 4);
	/* glibc takes any rear index; taskrt refuses one past the words. */
	((int32_t *)(void *)bad)[0] = 3 + 5 * 31;
	TASKRT_ONLY(errno = 0; CHECK_INT(setstate_r(bad, &d), -1); CHECK_INT(errno, EINVAL));
	CHECK_INT(srandom_r(1, null()), -1);
	return check_done();
}
