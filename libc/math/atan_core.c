/* The arctangent core shared by atan, atan2, asin and acos
 * (internal/math.h): atan(u) for u in [0, 1] as a double-double, to about
 * 2^-60.  With c = j/16 the table point nearest u, atan u = atan c +
 * atan t, t = (u - c)/(1 + u c) (|t| < 1/31, formed as a double-double),
 * and atan t from its Taylor series to t^13. */
#include "internal/math.h"

/* atan(j/16) as hi + lo, j = 0..16 (python3 libc/math/tables.py atan). */
static const double atan_table[17][2] = {
	{ 0x0.0p+0, 0x0.0p+0 },
	{ 0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60 },
	{ 0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59 },
	{ 0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58 },
	{ 0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57 },
	{ 0x1.362773707ebccp-2, -0x1.963a544b672d8p-57 },
	{ 0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56 },
	{ 0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56 },
	{ 0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56 },
	{ 0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56 },
	{ 0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58 },
	{ 0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55 },
	{ 0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56 },
	{ 0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57 },
	{ 0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56 },
	{ 0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56 },
	{ 0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55 },
};

dd __atan_dd(dd u)
{
	int j = (int)(u.hi * 16 + 0.5);
	double c = j * (1.0 / 16), th, z, tail;
	const double *a = atan_table[j];
	dd num, den, p, t, s;

	num = fast_two_sum(u.hi - c, u.lo);   /* u.hi - c is exact */
	p = two_prod(u.hi, c);
	den = fast_two_sum(1.0, p.hi);
	den.lo += p.lo + u.lo * c;
	t = dd_div(num, den);
	th = t.hi;
	z = th * th;
	tail = th * z * (-1.0 / 3 + z * (1.0 / 5 + z * (-1.0 / 7 + z * (1.0 / 9 + z * (-1.0 / 11 + z * (1.0 / 13))))));
	s = two_sum(a[0], th);
	return fast_two_sum(s.hi, s.lo + (a[1] + t.lo * (1 - z) + tail));
}
