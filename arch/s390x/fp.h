/* s390x's hooks for libc/math (arch/generic/fp.h lists them): the BFP
 * square roots and multiply-and-adds.  long double is IEEE binary128,
 * which the hardware has too, but in register pairs that inline asm
 * does not name portably: libc/math's C computes it. */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("sqdbr %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* double square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("sqebr %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* single square root */
#define ARCH_FMA(x, y, z) ({ double r_ = (z); \
	__asm__ ("madbr %0, %1, %2" : "+f"(r_) : "f"(x), "f"(y)); r_; })  /* r = x*y + r, one rounding */
/* fmaf by the hardware, exact: clang would otherwise compute it with
 * mdebr (float x float -> double), which qemu-s390x 7.2 gets wrong (it
 * reads the first operand as a double). */
#define ARCH_FMAF(x, y, z) ({ float r_ = (z); \
	__asm__ ("maebr %0, %1, %2" : "+f"(r_) : "f"(x), "f"(y)); r_; })  /* r = x*y + r, short */
#define FP_ROUND(x) (x)
