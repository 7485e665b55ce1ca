/* copysign: x's magnitude with y's sign bit (exact, NaNs too). */
#include "internal/math.h"
#include "internal/ldbl.h"

double copysign(double x, double y)
{
	return asdouble((asuint64(x) & ~(1ULL << 63)) | (asuint64(y) & 1ULL << 63));
}

float copysignf(float x, float y)
{
	return asfloat((asuint(x) & ~(1U << 31)) | (asuint(y) & 1U << 31));
}

long double copysignl(long double x, long double y)
{
#if LDBL_IS_DOUBLE
	return copysign(x, y);
#else
	int sx, sy, ex, ey;
	ldmant mx, my;

	ld_unpack(x, &sx, &ex, &mx);
	ld_unpack(y, &sy, &ey, &my);
	return ld_pack(sy, ex, mx);
#endif
}
