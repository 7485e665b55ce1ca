/* <fenv.h> on mips64el: the FPU's control and status register FCSR
 * (control register $31) holds the rounding mode (RM, bits 0-1), the
 * sticky exception flags (bits 2-6, the FE_* values), the trap enables
 * (bits 7-11), which stay off, and the last operation's cause bits
 * (12-17).  fenv_t is the whole register. */
#include <fenv.h>

#define FE_RM_MASK 0x3           /* the RM field: every rounding mode */

static unsigned get_fcsr(void)
{
	unsigned v;
	__asm__ volatile ("cfc1 %0, $31" : "=r"(v));   /* read FCSR */
	return v;
}

static void set_fcsr(unsigned v)
{
	__asm__ volatile ("ctc1 %0, $31" : : "r"(v));  /* write FCSR */
}

int feclearexcept(int excepts)
{
	set_fcsr(get_fcsr() & ~(unsigned)(excepts & FE_ALL_EXCEPT));
	return 0;
}

/* Setting the flag bits is raising: the traps are off, so no signal. */
int feraiseexcept(int excepts)
{
	set_fcsr(get_fcsr() | (excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return get_fcsr() & excepts & FE_ALL_EXCEPT;
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
	*flags = fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	set_fcsr((get_fcsr() & ~(unsigned)excepts) | (*flags & excepts));
	return 0;
}

int fegetround(void)
{
	return get_fcsr() & FE_RM_MASK;
}

int fesetround(int round)
{
	if (round & ~FE_RM_MASK)
		return -1;
	set_fcsr((get_fcsr() & ~FE_RM_MASK) | round);
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__fp_control_register = get_fcsr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	set_fcsr(env == FE_DFL_ENV ? 0 : env->__fp_control_register);
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
