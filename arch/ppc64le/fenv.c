/* <fenv.h> on ppc64le: the FPSCR holds the sticky exception flags and
 * the rounding mode (RN, its two low bits); its trap enables stay off.
 * mffs and mtfsf move it through a floating-point register, as the low
 * word of a double's bits.
 *
 * Invalid (VX) is a summary the hardware computes from the VX* cause
 * bits, which mtfsf cannot write directly: it is raised through VXSOFT
 * ("software-defined condition") and cleared by clearing every cause. */
#include <fenv.h>

#define VX_CAUSES 0x01f80700u   /* VXSNAN VXISI VXIDI VXZDZ VXIMZ VXVC, VXSOFT VXSQRT VXCVI */
#define VXSOFT    0x00000400u

static unsigned get_fpscr(void)
{
	union { double d; unsigned long u; } v;
	__asm__ volatile ("mffs %0" : "=d"(v.d));   /* read the FPSCR */
	return (unsigned)v.u;
}

static void set_fpscr(unsigned x)
{
	union { double d; unsigned long u; } v = { .u = x };
	__asm__ volatile ("mtfsf 0xff, %0" : : "d"(v.d));   /* write all of it */
}

int feclearexcept(int excepts)
{
	unsigned clear = (unsigned)(excepts & FE_ALL_EXCEPT);

	if (clear & FE_INVALID)
		clear |= VX_CAUSES;
	set_fpscr(get_fpscr() & ~clear);
	return 0;
}

int feraiseexcept(int excepts)
{
	unsigned set = (unsigned)(excepts & FE_ALL_EXCEPT);

	if (set & FE_INVALID)
		set = (set & ~(unsigned)FE_INVALID) | VXSOFT;
	set_fpscr(get_fpscr() | set);
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)(get_fpscr() & (unsigned)(excepts & FE_ALL_EXCEPT));
}

int fegetexceptflag(fexcept_t *flags, int excepts)
{
	*flags = (fexcept_t)fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flags, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	feclearexcept(excepts);
	return feraiseexcept((int)*flags & excepts);
}

int fegetround(void)
{
	return (int)(get_fpscr() & 3);
}

int fesetround(int round)
{
	if (round & ~3)
		return -1;
	set_fpscr((get_fpscr() & ~3u) | (unsigned)round);
	return 0;
}

int fegetenv(fenv_t *env)
{
	*env = get_fpscr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	set_fpscr(env == FE_DFL_ENV ? 0 : (unsigned)*env);
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
