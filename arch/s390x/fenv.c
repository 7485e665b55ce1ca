/* <fenv.h> on s390x: one 32-bit register, the FPC, holds it all --
 *
 *   bits 24-31  the IEEE exception masks (trap enables), which stay off
 *   bits 16-23  the IEEE flags, sticky: FE_* << 16
 *   bits  8-15  the data-exception code of the last trap
 *   bits  0-2   the BFP rounding mode: the FE_* rounding values
 *
 * read with `efpc` and written with `sfpc`.  fenv_t is the FPC. */
#include <fenv.h>

#define FLAGS_SHIFT 16
#define ROUND_MASK  7u

static unsigned get_fpc(void)
{
	unsigned v;
	__asm__ volatile ("efpc %0" : "=d"(v));   /* extract the FPC */
	return v;
}

static void set_fpc(unsigned v)
{
	__asm__ volatile ("sfpc %0" : : "d"(v));  /* set the FPC */
}

int feclearexcept(int excepts)
{
	set_fpc(get_fpc() & ~((unsigned)(excepts & FE_ALL_EXCEPT) << FLAGS_SHIFT));
	return 0;
}

int feraiseexcept(int excepts)
{
	set_fpc(get_fpc() | (unsigned)(excepts & FE_ALL_EXCEPT) << FLAGS_SHIFT);
	return 0;
}

int fetestexcept(int excepts)
{
	return get_fpc() >> FLAGS_SHIFT & excepts & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
	*flags = fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
	unsigned e = (unsigned)(excepts & FE_ALL_EXCEPT) << FLAGS_SHIFT;

	set_fpc((get_fpc() & ~e) | (*flags << FLAGS_SHIFT & e));
	return 0;
}

int fegetround(void)
{
	return get_fpc() & ROUND_MASK;
}

int fesetround(int round)
{
	/* the four C modes only (4-7 are the hardware's own: ties away,
	 * prepare for shorter precision) */
	if (round & ~3)
		return -1;
	set_fpc((get_fpc() & ~ROUND_MASK) | round);
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__fpc = get_fpc();
	env->__unused = 0;
	return 0;
}

int fesetenv(const fenv_t *env)
{
	set_fpc(env == FE_DFL_ENV ? 0 : env->__fpc);   /* 0: no traps, no flags, nearest */
	return 0;
}

int feholdexcept(fenv_t *env)
{
	fegetenv(env);
	return feclearexcept(FE_ALL_EXCEPT);
}

int feupdateenv(const fenv_t *env)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(env);
	return feraiseexcept(raised);
}
