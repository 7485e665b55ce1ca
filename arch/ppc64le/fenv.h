/* ppc64le's <fenv.h> values, as glibc's: the exception bits are FPSCR's
 * sticky flags OX, UX, ZX, XX (bits 28-25, counted from the right) and
 * VX, invalid (bit 29, the OR of the VX* causes), the rounding modes its
 * RN field (bits 0-1).  include/generate.sh copies this into bits/fenv.h. */
#define FE_INEXACT   0x02000000
#define FE_DIVBYZERO 0x04000000
#define FE_UNDERFLOW 0x08000000
#define FE_OVERFLOW  0x10000000
#define FE_INVALID   0x20000000
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)
#define FE_TONEAREST  0
#define FE_TOWARDZERO 1
#define FE_UPWARD     2
#define FE_DOWNWARD   3
typedef unsigned int fexcept_t;
/* FPSCR's low word, kept in a doubleword as glibc's (a double) is. */
typedef unsigned long fenv_t;
