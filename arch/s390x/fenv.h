/* s390x's <fenv.h> values, as glibc's: the exception bits are the IEEE
 * flag byte of the floating-point control register (FPC bits 16-23,
 * shifted down by 16), the rounding modes its BFP rounding field (the
 * low three bits).  include/generate.sh copies this into bits/fenv.h. */
#define FE_INVALID   0x80
#define FE_DIVBYZERO 0x40
#define FE_OVERFLOW  0x20
#define FE_UNDERFLOW 0x10
#define FE_INEXACT   0x08
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)
#define FE_TONEAREST  0
#define FE_TOWARDZERO 1
#define FE_UPWARD     2
#define FE_DOWNWARD   3
typedef unsigned int fexcept_t;
/* glibc's: the FPC, and a pointer it no longer uses. */
typedef struct { fexcept_t __fpc; void *__unused; } fenv_t;
