/* x86_64's <fenv.h> values, as glibc's: the exception bits are those of
 * both the x87 status word and MXCSR, the rounding modes the x87 control
 * word's RC field (MXCSR's is the same field 3 bits higher).  fenv_t is
 * the 28-byte x87 environment of fnstenv followed by MXCSR (32 bytes).
 * include/generate.sh copies this into bits/fenv.h. */
#define FE_INVALID   0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW  0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT   0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)
#define FE_TONEAREST  0x000
#define FE_DOWNWARD   0x400
#define FE_UPWARD     0x800
#define FE_TOWARDZERO 0xc00
typedef unsigned short fexcept_t;
typedef struct {
	unsigned short __control_word, __reserved1, __status_word, __reserved2;
	unsigned short __tags, __reserved3;
	unsigned int __eip;
	unsigned short __cs_selector, __opcode;
	unsigned int __data_offset;
	unsigned short __data_selector, __reserved5;
	unsigned int __mxcsr;
} fenv_t;
