/* <fenv.h> for a port that knows no floating-point environment: the one
 * rounding mode is to nearest and no exception flag exists, so every
 * request for FE_TONEAREST or for no flags succeeds and anything else
 * fails (C11 7.6: a nonzero return says the request was not done). */
#include <fenv.h>

int feclearexcept(int excepts) { return excepts != 0; }
int feraiseexcept(int excepts) { return excepts != 0; }
int fetestexcept(int excepts) { (void)excepts; return 0; }
int fegetexceptflag(fexcept_t *flags, int excepts) { *flags = 0; return excepts != 0; }
int fesetexceptflag(const fexcept_t *flags, int excepts) { (void)flags; return excepts != 0; }
int fegetround(void) { return FE_TONEAREST; }
int fesetround(int round) { return round != FE_TONEAREST; }
int fegetenv(fenv_t *env) { *env = 0; return 0; }
int feholdexcept(fenv_t *env) { *env = 0; return 0; }
int fesetenv(const fenv_t *env) { (void)env; return 0; }
int feupdateenv(const fenv_t *env) { (void)env; return 0; }
