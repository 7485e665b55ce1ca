/* <fenv.h>'s arch part for a port without a floating-point environment
 * of its own: round to nearest only, no exception flags (FE_ALL_EXCEPT
 * is 0).  include/generate.sh copies this, or arch/<arch>/fenv.h, into
 * bits/fenv.h. */
#define FE_TONEAREST 0
typedef unsigned long fenv_t;
typedef unsigned long fexcept_t;
