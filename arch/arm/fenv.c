/* <fenv.h> on arm (VFP): FPSCR holds the cumulative exception flags (bits
 * 0-4, the FE_* values), the rounding mode (RMode, bits 22-23) and the
 * trap enables, which stay off.  fenv_t is FPSCR. */
#include <fenv.h>

#define FPSCR_DEFAULT 0   /* what the kernel starts a process with */

static unsigned get_fpscr(void)
{
	unsigned v;
	__asm__ volatile ("vmrs %0, fpscr" : "=r"(v));   /* read FPSCR */
	return v;
}

static void set_fpscr(unsigned v)
{
	__asm__ volatile ("vmsr fpscr, %0" : : "r"(v));  /* write FPSCR */
}

int feclearexcept(int excepts)
{
	set_fpscr(get_fpscr() & ~(excepts & FE_ALL_EXCEPT));
	return 0;
}

int feraiseexcept(int excepts)
{
	set_fpscr(get_fpscr() | (excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return get_fpscr() & excepts & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
	*flags = fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	set_fpscr((get_fpscr() & ~excepts) | (*flags & excepts));
	return 0;
}

int fegetround(void)
{
	return get_fpscr() & FE_TOWARDZERO;
}

int fesetround(int round)
{
	if (round & ~FE_TOWARDZERO)
		return -1;
	set_fpscr((get_fpscr() & ~FE_TOWARDZERO) | round);
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__cw = get_fpscr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	set_fpscr(env == FE_DFL_ENV ? FPSCR_DEFAULT : env->__cw);
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
