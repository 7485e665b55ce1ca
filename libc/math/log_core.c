/* The logarithm core shared by log, log2, log10, log1p and pow
 * (internal/math.h): log(x) as a double-double, to about 2^-68.
 *
 * x = 2^e m with sqrt(1/2) <= m < sqrt(2); c = 1 + j/64 is the table point
 * nearest m, and 1/c rounded to double is in the table with -log of that
 * double.  z = m/c - 1 is computed exactly (two_prod; |z| < 1/90) and
 * log(1 + z) summed from its Taylor series, the first two terms as
 * double-doubles.  e*ln2's high part has 42 bits, so e*hi is exact. */
#include "internal/math.h"

/* For c = 1 + j/64, j = -19..27: 1/c rounded to double, and -log of
 * that double as hi + lo (python3 libc/math/tables.py log). */
static const double log_table[47][3] = {
	{ 0x1.6c16c16c16c17p+0, -0x1.68ac83e9c6a15p-2, 0x1.acd8a9145ff44p-57 },
	{ 0x1.642c8590b2164p+0, -0x1.522ae0738a3d7p-2, -0x1.3840b263acb43p-56 },
	{ 0x1.5c9882b931057p+0, -0x1.3c25277333183p-2, -0x1.152d81af5713ap-56 },
	{ 0x1.5555555555555p+0, -0x1.269621134db91p-2, -0x1.e0efadd9db02ap-56 },
	{ 0x1.4e5e0a72f0539p+0, -0x1.1178e8227e47ap-2, -0x1.b8ce2d07f1cb7p-56 },
	{ 0x1.47ae147ae147bp+0, -0x1.f991c6cb3b37ap-3, -0x1.ecca0cdf30143p-58 },
	{ 0x1.4141414141414p+0, -0x1.d1037f2655e7bp-3, 0x1.3f3adb7b71cbcp-58 },
	{ 0x1.3b13b13b13b14p+0, -0x1.a93ed3c8ad9e5p-3, -0x1.bcafa9de97202p-57 },
	{ 0x1.3521cfb2b78c1p+0, -0x1.823c16551a3c0p-3, -0x1.6dcd318f4187ep-57 },
	{ 0x1.2f684bda12f68p+0, -0x1.5bf406b543db0p-3, 0x1.1f5b44c0df7f7p-61 },
	{ 0x1.29e4129e4129ep+0, -0x1.365fcb0159014p-3, -0x1.bea08d2dca256p-57 },
	{ 0x1.2492492492492p+0, -0x1.1178e8227e47ap-3, 0x1.0e63a5f01c693p-58 },
	{ 0x1.1f7047dc11f70p+0, -0x1.da7276384469ep-4, -0x1.401fa71733017p-58 },
	{ 0x1.1a7b9611a7b96p+0, -0x1.9335e5d594988p-4, 0x1.478a85704ccb7p-58 },
	{ 0x1.15b1e5f75270dp+0, -0x1.4d3115d207eacp-4, -0x1.da7d0b1e10b2fp-60 },
	{ 0x1.1111111111111p+0, -0x1.08598b59e3a06p-4, 0x1.dd7009902bf32p-58 },
	{ 0x1.0c9714fbcda3bp+0, -0x1.894aa149fb34bp-5, 0x1.2ba0b44cfaee5p-59 },
	{ 0x1.0842108421084p+0, -0x1.0415d89e74440p-5, -0x1.c05cf1d753621p-59 },
	{ 0x1.0410410410410p+0, -0x1.0205658935837p-6, -0x1.27c8e8416e717p-60 },
	{ 0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0 },
	{ 0x1.f81f81f81f820p-1, 0x1.fc0a8b0fc03c4p-7, -0x1.83092c5964281p-62 },
	{ 0x1.f07c1f07c1f08p-1, 0x1.f829b0e7832f8p-6, 0x1.33e3f04f1ef25p-60 },
	{ 0x1.e9131abf0b767p-1, 0x1.77458f632dcffp-5, 0x1.8d3ca87b92968p-63 },
	{ 0x1.e1e1e1e1e1e1ep-1, 0x1.f0a30c01162a8p-5, 0x1.85f325c5bbacdp-59 },
	{ 0x1.dae6076b981dbp-1, 0x1.341d7961bd1d0p-4, -0x1.3599f227becbbp-58 },
	{ 0x1.d41d41d41d41dp-1, 0x1.6f0d28ae56b4ep-4, -0x1.20db323097324p-59 },
	{ 0x1.cd85689039b0bp-1, 0x1.a926d3a4ad562p-4, -0x1.d7a16eab1e2adp-59 },
	{ 0x1.c71c71c71c71cp-1, 0x1.e27076e2af2eap-4, -0x1.61578001e015ap-60 },
	{ 0x1.c0e070381c0e0p-1, 0x1.0d77e7cd08e5bp-3, 0x1.9a5dc5e9030adp-57 },
	{ 0x1.bacf914c1bad0p-1, 0x1.29552f81ff521p-3, 0x1.301771c407dc0p-57 },
	{ 0x1.b4e81b4e81b4fp-1, 0x1.44d2b6ccb7d1cp-3, 0x1.7d3d950f87e23p-59 },
	{ 0x1.af286bca1af28p-1, 0x1.5ff3070a793d6p-3, -0x1.bc60efafc6f6cp-58 },
	{ 0x1.a98ef606a63bep-1, 0x1.7ab890210d907p-3, -0x1.1072534a57e7dp-57 },
	{ 0x1.a41a41a41a41ap-1, 0x1.9525a9cf456b6p-3, -0x1.26fb3e2b1d1dap-57 },
	{ 0x1.9ec8e951033d9p-1, 0x1.af3c94e80bff3p-3, 0x1.a3398064df33ep-57 },
	{ 0x1.999999999999ap-1, 0x1.c8ff7c79a9a20p-3, -0x1.4f689f8434011p-57 },
	{ 0x1.948b0fcd6e9e0p-1, 0x1.e27076e2af2e8p-3, -0x1.61578001e015ep-59 },
	{ 0x1.8f9c18f9c18fap-1, 0x1.fb9186d5e3e29p-3, 0x1.355519b0de535p-57 },
	{ 0x1.8acb90f6bf3aap-1, 0x1.0a324e27390e2p-2, 0x1.bdcfde8061c03p-56 },
	{ 0x1.8618618618618p-1, 0x1.1675cababa60fp-2, 0x1.ce63eab883727p-61 },
	{ 0x1.8181818181818p-1, 0x1.22941fbcf7966p-2, -0x1.dbd7ac258a2bdp-58 },
	{ 0x1.7d05f417d05f4p-1, 0x1.2e8e2bae11d31p-2, -0x1.1e99b72bd7bf2p-57 },
	{ 0x1.78a4c8178a4c8p-1, 0x1.3a64c556945eap-2, 0x1.cbcd735d03424p-60 },
	{ 0x1.745d1745d1746p-1, 0x1.4618bc21c5ec2p-2, -0x1.7a42642661c62p-61 },
	{ 0x1.702e05c0b8170p-1, 0x1.51aad872df82ep-2, -0x1.d8db0a7cc1543p-56 },
	{ 0x1.6c16c16c16c17p-1, 0x1.5d1bdbf5809cap-2, -0x1.7dc9c7c23801fp-56 },
	{ 0x1.6816816816817p-1, 0x1.686c81e9b14adp-2, 0x1.710af840538e3p-56 },
};
#define LN2_42 0x1.62e42fefa3800p-1  /* ln2 to 42 bits: e*hi exact for |e| < 2^11 */
#define LN2_42_LO 0x1.ef35793c76730p-45

#define SQRT2_BITS 0x3ff6a09e667f3bcdULL   /* sqrt(2) */

dd __log_dd(double x)
{
	uint64_t u = asuint64(x);
	int e = 0, j;
	double m, zh, zl, tail;
	const double *t;
	dd p, z2, s, r;

	if (u >> 52 == 0) {   /* subnormal */
		u = asuint64(x * 0x1p64);
		e = -64;
	}
	e += (int)(u >> 52) - 1023;
	u = (u & 0x000fffffffffffffULL) | 0x3ffULL << 52;   /* m in [1, 2) */
	if (u > SQRT2_BITS) {
		u -= 1ULL << 52;   /* m/2 */
		e++;
	}
	m = asdouble(u);
	j = (int)((m - 1) * 64 + 19.5);   /* the table row of round(64(m-1)) */
	t = log_table[j];

	p = two_prod(m, t[0]);
	zh = p.hi - 1;   /* exact: p.hi is within 2% of 1 */
	zl = p.lo;
	/* log(1+z) = z - z^2/2 + z^3 (1/3 - z/4 + ... - z^8/11) */
	z2 = two_prod(zh, zh);
	tail = z2.hi * zh * (1.0 / 3 - zh * (1.0 / 4 - zh * (1.0 / 5 - zh * (1.0 / 6 - zh * (1.0 / 7
		- zh * (1.0 / 8 - zh * (1.0 / 9 - zh * (1.0 / 10 - zh * (1.0 / 11)))))))));
	s = fast_two_sum(zh, -0.5 * z2.hi);
	s.lo += zl - (0.5 * z2.lo + zh * zl) + tail;

	/* + e ln2 - log(1/c) */
	r = two_sum(e * LN2_42, t[1]);
	r.lo += e * LN2_42_LO + t[2];
	return dd_add(r, s);
}
