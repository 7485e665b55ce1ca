/* <fenv.h> on x86_64: two floating-point units keep flags and a rounding
 * mode each, the x87 (long double; its status and control words) and SSE
 * (float and double; MXCSR).  Every function acts on both, so a program's
 * flags mean "raised in either" and one rounding mode governs all three
 * types.  The exception bits are the same in the x87 status word and in
 * MXCSR (bits 0-5); the rounding field is bits 10-11 of the x87 control
 * word and bits 13-14 of MXCSR.  All exceptions stay masked (no traps), as
 * the kernel starts a process. */
#include <fenv.h>

#define MXCSR_ROUND_SHIFT 3     /* MXCSR's RC field is the x87 one << 3 */
#define MXCSR_DEFAULT     0x1f80 /* all masked, round to nearest, flags clear */

struct x87_env { unsigned short cw, r1, sw, r2, rest[10]; };

static unsigned get_mxcsr(void)
{
	unsigned m;
	__asm__ volatile ("stmxcsr %0" : "=m"(m));   /* store MXCSR */
	return m;
}

static void set_mxcsr(unsigned m)
{
	__asm__ volatile ("ldmxcsr %0" : : "m"(m));  /* load MXCSR */
}

int feclearexcept(int excepts)
{
	struct x87_env env;

	excepts &= FE_ALL_EXCEPT;
	/* fnstenv stores the whole x87 environment (and masks its
	 * exceptions, which fldenv's reload undoes); the status word's flags
	 * are cleared in memory and loaded back. */
	__asm__ volatile ("fnstenv %0" : "=m"(env));
	env.sw &= ~excepts;
	__asm__ volatile ("fldenv %0" : : "m"(env));
	set_mxcsr(get_mxcsr() & ~excepts);
	return 0;
}

int feraiseexcept(int excepts)
{
	/* Setting MXCSR's sticky flags raises them as an operation would;
	 * with the exceptions masked no trap follows. */
	set_mxcsr(get_mxcsr() | (excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	unsigned short sw;

	__asm__ volatile ("fnstsw %0" : "=m"(sw));   /* x87 status word */
	return (sw | get_mxcsr()) & excepts & FE_ALL_EXCEPT;
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
	unsigned short cw;

	__asm__ volatile ("fnstcw %0" : "=m"(cw));   /* x87 control word */
	return cw & FE_TOWARDZERO;
}

int fesetround(int round)
{
	unsigned short cw;

	if (round & ~FE_TOWARDZERO)
		return -1;
	__asm__ volatile ("fnstcw %0" : "=m"(cw));
	cw = (cw & ~FE_TOWARDZERO) | round;
	__asm__ volatile ("fldcw %0" : : "m"(cw));   /* load x87 control word */
	set_mxcsr((get_mxcsr() & ~(FE_TOWARDZERO << MXCSR_ROUND_SHIFT)) | round << MXCSR_ROUND_SHIFT);
	return 0;
}

int fegetenv(fenv_t *env)
{
	__asm__ volatile ("fnstenv %0" : "=m"(*env));
	/* fnstenv masked every x87 exception: reload what it stored. */
	__asm__ volatile ("fldenv %0" : : "m"(*env));
	env->__mxcsr = get_mxcsr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	if (env == FE_DFL_ENV) {
		__asm__ volatile ("fninit");   /* x87 defaults: masked, nearest, 64-bit */
		set_mxcsr(MXCSR_DEFAULT);
		return 0;
	}
	__asm__ volatile ("fldenv %0" : : "m"(*env));
	set_mxcsr(env->__mxcsr);
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
