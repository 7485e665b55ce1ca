/* <fenv.h>: the floating-point environment (C99 7.6): the exception
 * flags and the rounding direction.  The FE_* values and the fenv_t
 * layout are the arch's own, as glibc has them (arch/<arch>/fenv.h,
 * copied into bits/fenv.h; arch/generic/fenv.h where an arch has no
 * floating-point environment taskrt knows: only FE_TONEAREST, no
 * exception flags). */
#ifndef _FENV_H
#define _FENV_H

#include <bits/fenv.h>

#ifndef FE_ALL_EXCEPT
#define FE_ALL_EXCEPT 0
#endif

/* The environment a program starts with. */
#define FE_DFL_ENV ((const fenv_t *)-1)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flags, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flags, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *env);
int feholdexcept(fenv_t *env);
int fesetenv(const fenv_t *env);
int feupdateenv(const fenv_t *env);

#endif
