/* test cflags: -lm -fno-builtin */
/* <fenv.h>: the rounding modes (fegetround/fesetround, and that
 * arithmetic and rint follow them), the exception flags (raised by real
 * operations and by feraiseexcept, tested, cleared, saved and restored),
 * and the whole environment (fegetenv/fesetenv, feholdexcept,
 * feupdateenv, FE_DFL_ENV).  -fno-builtin: the compiler must call rint
 * (gcc would inline it as round-to-nearest code); volatile operands keep
 * the arithmetic at run time, in the mode set. */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "check.h"

static volatile double one = 1.0, three = 3.0, zero = 0.0, big = DBL_MAX, small = DBL_MIN;
static volatile long double onel = 1.0L, threel = 3.0L;

static void rounding(void)
{
	static const int modes[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
	double third[4], mthird[4];
	long double lthird[4];
	unsigned i;

	CHECK_INT(fegetround(), FE_TONEAREST);
	for (i = 0; i < 4; i++) {
		CHECK_INT(fesetround(modes[i]), 0);
		CHECK_INT(fegetround(), modes[i]);
		third[i] = one / three;
		mthird[i] = -one / three;
		lthird[i] = onel / threel;
	}
	/* 1/3 rounds down to nearest; -1/3 likewise in magnitude */
	CHECK(third[1] == third[0] && third[2] > third[0] && third[3] == third[0]);
	CHECK(mthird[1] < mthird[0] && mthird[2] == mthird[0] && mthird[3] == mthird[0]);
	CHECK(lthird[2] > lthird[1] && lthird[3] == lthird[1]);

	fesetround(FE_UPWARD);
	CHECK(rint(2.1 * one) == 3 && rint(-2.9 * one) == -2 && nearbyint(2.1 * one) == 3 && lrint(2.1 * one) == 3);
	CHECK(rintf(2.1f * (float)one) == 3 && rintl(2.1L * onel) == 3);
	fesetround(FE_DOWNWARD);
	CHECK(rint(2.9 * one) == 2 && rint(-2.1 * one) == -3 && rintl(-2.1L * onel) == -3);
	CHECK(signbit(rint(-0.5 * one)));
	fesetround(FE_TOWARDZERO);
	CHECK(rint(2.9 * one) == 2 && rint(-2.9 * one) == -2 && llrint(-2.9 * one) == -2);
	/* floor and friends do not depend on the mode */
	CHECK(floor(2.5 * one) == 2 && ceil(2.5 * one) == 3 && round(2.5 * one) == 3 && trunc(-2.5 * one) == -2);
	fesetround(FE_TONEAREST);
	CHECK(rint(2.5 * one) == 2 && rint(3.5 * one) == 4);

	/* a mode that is not one: refused, the mode unchanged */
	CHECK(fesetround(0x7fff0000) != 0);
	CHECK_INT(fegetround(), FE_TONEAREST);
}

static void flags(void)
{
	volatile double r;
	fexcept_t saved;

	CHECK_INT(feclearexcept(FE_ALL_EXCEPT), 0);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	r = one / zero;
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
	r = zero / zero;
	CHECK_INT(fetestexcept(FE_INVALID | FE_DIVBYZERO), FE_INVALID | FE_DIVBYZERO);
	feclearexcept(FE_ALL_EXCEPT);
	r = big * 2;
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	r = small * small;
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_UNDERFLOW | FE_INEXACT);
	feclearexcept(FE_UNDERFLOW);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	r = one / three;
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
	(void)r;

	/* raised by hand, and the long double unit's own flags */
	feclearexcept(FE_ALL_EXCEPT);
	CHECK_INT(feraiseexcept(FE_OVERFLOW | FE_UNDERFLOW), 0);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_UNDERFLOW);
	feclearexcept(FE_ALL_EXCEPT);
	{
		volatile long double l = onel / threel;
		(void)l;
	}
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);

	/* the flag state saved and put back */
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_INVALID);
	CHECK_INT(fegetexceptflag(&saved, FE_ALL_EXCEPT), 0);
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_INEXACT);
	CHECK_INT(fesetexceptflag(&saved, FE_INVALID), 0);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_INVALID | FE_INEXACT);
	CHECK_INT(fesetexceptflag(&saved, FE_ALL_EXCEPT), 0);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_INVALID);

	/* math functions raise what they report (math_errhandling) */
	feclearexcept(FE_ALL_EXCEPT);
	r = log(zero);
	CHECK(fetestexcept(FE_DIVBYZERO));
	r = sqrt(-one);
	CHECK(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	r = nearbyint(2.5 * one);
	CHECK_INT(fetestexcept(FE_INEXACT), 0);
	r = rint(2.5 * one);
	CHECK_INT(fetestexcept(FE_INEXACT), FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
}

static void environment(void)
{
	fenv_t env, held;
	volatile double r;

	fesetround(FE_UPWARD);
	feraiseexcept(FE_DIVBYZERO);
	CHECK_INT(fegetenv(&env), 0);
	CHECK_INT(fegetround(), FE_UPWARD);   /* fegetenv leaves it as it was */
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);

	CHECK_INT(fesetenv(FE_DFL_ENV), 0);
	CHECK_INT(fegetround(), FE_TONEAREST);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), 0);

	CHECK_INT(fesetenv(&env), 0);
	CHECK_INT(fegetround(), FE_UPWARD);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);

	/* hold: save, clear the flags; update: restore, then re-raise what
	 * was raised meanwhile */
	CHECK_INT(feholdexcept(&held), 0);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	CHECK_INT(fegetround(), FE_UPWARD);
	fesetround(FE_DOWNWARD);
	r = zero / zero;
	(void)r;
	CHECK_INT(feupdateenv(&held), 0);
	CHECK_INT(fegetround(), FE_UPWARD);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INVALID);

	fesetenv(FE_DFL_ENV);
	CHECK_INT(fegetround(), FE_TONEAREST);
	CHECK_INT(fetestexcept(FE_ALL_EXCEPT), 0);
}

int main(void)
{
	rounding();
	flags();
	environment();
	return check_done();
}
