/* <fenv.h> on riscv64: fcsr holds the accrued exception flags (fflags,
 * bits 0-4, the FE_* values) and the dynamic rounding mode (frm, bits
 * 5-7, the FE_* values); RISC-V has no traps.  fenv_t is fcsr. */
#include <fenv.h>

int feclearexcept(int excepts)
{
	/* csrc: clear the given bits of fflags */
	__asm__ volatile ("csrc fflags, %0" : : "r"(excepts & FE_ALL_EXCEPT));
	return 0;
}

int feraiseexcept(int excepts)
{
	/* csrs: set the given bits of fflags */
	__asm__ volatile ("csrs fflags, %0" : : "r"(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	unsigned long f;

	__asm__ volatile ("frflags %0" : "=r"(f));   /* read fflags */
	return f & excepts & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
	*flags = fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	feclearexcept(excepts & ~*flags);
	return feraiseexcept(*flags & excepts);
}

int fegetround(void)
{
	unsigned long r;

	__asm__ volatile ("frrm %0" : "=r"(r));   /* read frm */
	return r;
}

int fesetround(int round)
{
	if ((unsigned)round > FE_UPWARD)
		return -1;
	__asm__ volatile ("fsrm %0" : : "r"(round));   /* write frm */
	return 0;
}

int fegetenv(fenv_t *env)
{
	unsigned long v;

	__asm__ volatile ("frcsr %0" : "=r"(v));   /* read all of fcsr */
	*env = v;
	return 0;
}

int fesetenv(const fenv_t *env)
{
	unsigned long v = env == FE_DFL_ENV ? 0 : *env;

	__asm__ volatile ("fscsr %0" : : "r"(v));   /* write all of fcsr */
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
