/* random() and the drand48 family: the exact sequences glibc gives for
 * the same seeds (the expected numbers are glibc's own output), the
 * state-buffer types initstate picks by size, setstate's return to an
 * earlier generator, and the bad sizes.  rand() keeps its own generator. */
#include <errno.h>
#include <stdlib.h>
#include "check.h"

static void check_random(const long *want, int n)
{
	for (int i = 0; i < n; i++)
		CHECK_INT(random(), want[i]);
}

int main(void)
{
	static const long seed1[] = { 1804289383, 846930886, 1681692777, 1714636915 };
	static char b8[8], b32[32], b64[64], b256[256], small[7];
	unsigned short x[3] = { 1, 2, 3 }, s[3] = { 0x1111, 0x2222, 0x3333 };
	unsigned short p[7] = { 1, 2, 3, 5, 0, 0, 7 }, *old;
	char *def;

	/* Unseeded, random() runs as after srandom(1); a seed of 0 is 1. */
	check_random(seed1, 4);
	srandom(1);
	check_random(seed1, 4);
	srandom(0);
	check_random(seed1, 2);
	srandom(42);
	check_random((const long[]){ 71876166, 708592740, 1483128881, 907283241 }, 4);
	srandom(3000000000u);
	check_random((const long[]){ 2058147116, 854483408, 922419988 }, 3);

	/* initstate: 8..31 bytes the LCG, then degrees 7, 15 and 63. */
	def = initstate(7, b8, sizeof b8);
	CHECK(def != 0);
	check_random((const long[]){ 1282168116, 642666333, 712265938 }, 3);
	CHECK(initstate(7, b32, sizeof b32) == b8);
	check_random((const long[]){ 1380991591, 1769076016, 21842418 }, 3);
	initstate(7, b64, sizeof b64);
	check_random((const long[]){ 1539280666, 119640454, 760216337 }, 3);
	initstate(7, b256, sizeof b256);
	check_random((const long[]){ 1845920155, 920894829, 126676358 }, 3);
	/* setstate carries on where each generator stopped. */
	CHECK(setstate(b32) == b256);
	check_random((const long[]){ 334161865, 1367472909, 1249858043 }, 3);
	CHECK(setstate(def) == b32);
	check_random((const long[]){ 286396165, 2068523933, 1172167191 }, 3);
	errno = 0;
	CHECK(initstate(1, small, sizeof small) == 0);
	CHECK_INT(errno, EINVAL);

	/* drand48: X starts at 0 with a = 0x5DEECE66D, c = 0xB. */
	CHECK(drand48() == 0x1.6p-45);
	CHECK(drand48() == 0x1.0250b79ae8p-10);
	CHECK_INT(lrand48(), 89401895);
	CHECK_INT(mrand48(), 758674372);
	srand48(12345);
	CHECK(drand48() == 0x1.cd79090a8808p-3);
	CHECK_INT(lrand48(), 1973930609);
	CHECK_INT(mrand48(), 888376418);
	srand48(-1L);       /* only the low 32 bits count */
	CHECK_INT(lrand48(), 644300343);
	CHECK_INT(mrand48(), 194611480);
	CHECK(erand48(x) == 0x1.c49aaf1b99ep-2);
	CHECK_INT(nrand48(x), 565063343);
	CHECK_INT(jrand48(x), -1485464893);
	old = seed48(s);
	CHECK_INT(old[0], 25464);
	CHECK_INT(old[1], 35096);
	CHECK_INT(old[2], 2969);
	CHECK_INT(lrand48(), 175951553);
	/* lcong48's multiplier and addend also drive the x[] variants. */
	lcong48(p);
	CHECK_INT(lrand48(), 491525);
	CHECK_INT(mrand48(), 4915250);
	x[0] = 1, x[1] = 2, x[2] = 3;
	CHECK_INT(nrand48(x), 491525);
	for (int i = 0; i < 1000; i++) {
		double d = drand48();
		long l = lrand48(), m = mrand48();
		CHECK(d >= 0 && d < 1 && l >= 0 && l <= 0x7fffffff && m >= -0x7fffffffL - 1 && m <= 0x7fffffff);
	}
	return check_done();
}
