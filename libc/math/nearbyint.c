/* nearbyint: rint without FE_INEXACT: the flag is put back as it was. */
#include <fenv.h>
#include "internal/math.h"

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
