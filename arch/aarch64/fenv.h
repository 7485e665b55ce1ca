/* aarch64's <fenv.h> values, as glibc's: the exception bits are FPSR's
 * cumulative flags, the rounding modes FPCR's RMode field (bits 22-23).
 * include/generate.sh copies this into bits/fenv.h. */
#define FE_INVALID   0x01
#define FE_DIVBYZERO 0x02
#define FE_OVERFLOW  0x04
#define FE_UNDERFLOW 0x08
#define FE_INEXACT   0x10
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)
#define FE_TONEAREST  0x000000
#define FE_UPWARD     0x400000
#define FE_DOWNWARD   0x800000
#define FE_TOWARDZERO 0xc00000
typedef unsigned int fexcept_t;
typedef struct { unsigned int __fpcr, __fpsr; } fenv_t;
