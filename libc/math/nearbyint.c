/* nearbyint: rint without FE_INEXACT: the flag is put back as it was. */
#include <fenv.h>
#include "internal/math.h"

/* A port without a floating-point environment (arch/generic/fenv.h) has
 * no FE_INEXACT (C11 7.6: defined only where supported): no flag to
 * keep, and the calls below are no-ops. */
#ifndef FE_INEXACT
#define FE_INEXACT 0
#endif

double nearbyint(double x)
{
	int inexact = fetestexcept(FE_INEXACT);
	double r = rint(x);

	if (!inexact)
		feclearexcept(FE_INEXACT);
	return r;
}

float nearbyintf(float x)
{
	return nearbyint(x);
}

long double nearbyintl(long double x)
{
#if LDBL_IS_DOUBLE
	return nearbyint(x);
#else
	int inexact = fetestexcept(FE_INEXACT);
	long double r = rintl(x);

	if (!inexact)
		feclearexcept(FE_INEXACT);
	return r;
#endif
}
