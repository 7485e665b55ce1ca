/* <fenv.h> on aarch64: FPSR holds the cumulative exception flags (bits
 * 0-4, the FE_* values), FPCR the rounding mode (RMode, bits 22-23) and
 * the trap enables, which stay off.  fenv_t is the pair. */
#include <fenv.h>

static unsigned get_fpsr(void)
{
	unsigned long v;
	__asm__ volatile ("mrs %0, fpsr" : "=r"(v));   /* read the status register */
	return v;
}

static void set_fpsr(unsigned v)
{
	__asm__ volatile ("msr fpsr, %0" : : "r"((unsigned long)v));   /* write it */
}

static unsigned get_fpcr(void)
{
	unsigned long v;
	__asm__ volatile ("mrs %0, fpcr" : "=r"(v));   /* read the control register */
	return v;
}

static void set_fpcr(unsigned v)
{
	__asm__ volatile ("msr fpcr, %0" : : "r"((unsigned long)v));   /* write it */
}

int feclearexcept(int excepts)
{
	set_fpsr(get_fpsr() & ~(excepts & FE_ALL_EXCEPT));
	return 0;
}

int feraiseexcept(int excepts)
{
	set_fpsr(get_fpsr() | (excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return get_fpsr() & excepts & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
	*flags = fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	set_fpsr((get_fpsr() & ~excepts) | (*flags & excepts));
	return 0;
}

int fegetround(void)
{
	return get_fpcr() & FE_TOWARDZERO;
}

int fesetround(int round)
{
	if (round & ~FE_TOWARDZERO)
		return -1;
	set_fpcr((get_fpcr() & ~FE_TOWARDZERO) | round);
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__fpcr = get_fpcr();
	env->__fpsr = get_fpsr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	if (env == FE_DFL_ENV) {
		set_fpcr(0);
		set_fpsr(0);
		return 0;
	}
	set_fpcr(env->__fpcr);
	set_fpsr(env->__fpsr);
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
