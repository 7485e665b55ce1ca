/* x86_64's hooks for libc/math (arch/generic/fp.h lists them): SSE2's
 * sqrtsd/sqrtss for double and float, the x87 for long double (sqrt and
 * the transcendental instructions, arch/x86_64/x87.h).  No FMA: the
 * x86_64 baseline has none. */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("sqrtsd %1, %0" : "=x"(r_) : "x"(x)); r_; })  /* SSE2 square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("sqrtss %1, %0" : "=x"(r_) : "x"(x)); r_; })  /* SSE square root */
#define FP_ROUND(x) (x)
#include "arch/x86_64/x87.h"
