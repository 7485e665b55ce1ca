/* The math library's per-arch hooks (libc/math/): what an arch/<arch>/fp.h
 * replaces.  Each hook left undefined makes libc/math use its portable C.
 *
 *   ARCH_SQRT(x), ARCH_SQRTF(x)   the hardware's correctly rounded square
 *                                 root of a double, a float
 *   ARCH_SQRTL(x)                 the same for long double
 *   ARCH_RINT(x), ARCH_RINTL(x)   an instruction for rint (double, long double)
 *   ARCH_FMA(x, y, z)             a fused multiply-add instruction
 *   ARCH_X87                      long double is the x87's, and the
 *                                 ARCH_X87_* hooks compute its functions
 *   FP_ROUND(x)                   x, a double, rounded to double even where
 *                                 the compiler keeps wider values (x87)
 */
#define FP_ROUND(x) (x)
