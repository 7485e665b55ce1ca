/* <fenv.h> on i386: the x87 keeps the flags and rounding mode that
 * taskrt's own code (built for the x87) and most programs use; a CPU with
 * SSE also has MXCSR, for programs built with -mfpmath=sse, and every
 * function acts on it too.  The exception bits are the same in the x87
 * status word and MXCSR (bits 0-5); the rounding field is bits 10-11 of
 * the x87 control word and bits 13-14 of MXCSR.  fenv_t is the x87
 * environment alone, as glibc's: fegetenv folds MXCSR's flags into its
 * status word, and fesetenv gives MXCSR the x87 flags and rounding.  All
 * exceptions stay masked (no traps), as the kernel starts a process. */
#include <fenv.h>

#define MXCSR_ROUND_SHIFT 3      /* MXCSR's RC field is the x87 one << 3 */
#define MXCSR_MASK_ALL    0x1f80 /* every exception masked */
#define CPUID1_EDX_SSE    (1u << 25)

/* Whether the CPU has SSE (CPUID leaf 1, EDX bit 25); asked once. */
static int has_sse(void)
{
	static int known;   /* 0 unknown, 1 no, 2 yes */
	unsigned a = 1, b, c = 0, d;

	if (!known) {
		__asm__ ("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));  /* eax=1: feature bits */
		known = d & CPUID1_EDX_SSE ? 2 : 1;
	}
	return known == 2;
}

static unsigned get_mxcsr(void)
{
	unsigned m = 0;
	if (has_sse())
		__asm__ volatile ("stmxcsr %0" : "=m"(m));   /* store MXCSR */
	return m;
}

static void set_mxcsr(unsigned m)
{
	if (has_sse())
		__asm__ volatile ("ldmxcsr %0" : : "m"(m));  /* load MXCSR */
}

int feclearexcept(int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	/* The x87 status word can only be written through a whole
	 * environment: store it (fnstenv also masks every exception, which
	 * the reload undoes), clear the flags in memory, load it back. */
	__asm__ volatile ("fnstenv %0" : "=m"(env));
	env.__status_word &= ~excepts;
	__asm__ volatile ("fldenv %0" : : "m"(env));
	set_mxcsr(get_mxcsr() & ~excepts);
	return 0;
}

int feraiseexcept(int excepts)
{
	fenv_t env;

	/* Set the sticky flags in the x87 status word; fwait then reports
	 * any that is unmasked, as the operation itself would have. */
	__asm__ volatile ("fnstenv %0" : "=m"(env));
	env.__status_word |= excepts & FE_ALL_EXCEPT;
	__asm__ volatile ("fldenv %0\n\tfwait" : : "m"(env));
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
	env->__status_word |= get_mxcsr() & FE_ALL_EXCEPT;
	return 0;
}

int fesetenv(const fenv_t *env)
{
	fenv_t e;

	if (env == FE_DFL_ENV) {
		__asm__ volatile ("fninit");   /* x87 defaults: masked, nearest, 64-bit */
		set_mxcsr(MXCSR_MASK_ALL);
		return 0;
	}
	e = *env;
	__asm__ volatile ("fldenv %0" : : "m"(e));
	set_mxcsr(MXCSR_MASK_ALL | (e.__status_word & FE_ALL_EXCEPT)
		| (e.__control_word & FE_TOWARDZERO) << MXCSR_ROUND_SHIFT);
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
