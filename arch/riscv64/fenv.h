/* riscv64's <fenv.h> values, as glibc's: the exception bits are fcsr's
 * fflags (bits 0-4), the rounding modes its frm field's encodings; fenv_t
 * is fcsr.  include/generate.sh copies this into bits/fenv.h. */
#define FE_INEXACT   0x01
#define FE_UNDERFLOW 0x02
#define FE_OVERFLOW  0x04
#define FE_DIVBYZERO 0x08
#define FE_INVALID   0x10
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)
#define FE_TONEAREST  0x0
#define FE_TOWARDZERO 0x1
#define FE_DOWNWARD   0x2
#define FE_UPWARD     0x3
typedef unsigned int fexcept_t;
typedef unsigned int fenv_t;
