/* The x87's long double instructions, for libc/math on x86_64 and i386
 * (both include this from their fp.h): inline functions on the register
 * stack.  "t" is st(0), "u" st(1).  The x87 computes with a 64-bit
 * significand, long double's own. */
#define ARCH_X87 1

/* fsqrt: correctly rounded square root of st(0). */
#define ARCH_SQRTL(x) ({ long double r_ = (x); __asm__ ("fsqrt" : "+t"(r_)); r_; })
/* frndint: st(0) to an integer in the current rounding mode. */
#define ARCH_RINTL(x) ({ long double r_ = (x); __asm__ ("frndint" : "+t"(r_)); r_; })

/* The transcendental instructions, for libc/math/ldbl_x87.c.  Each works
 * on the register stack: "t" is st(0), "u" st(1); an instruction that
 * pops st(1) (fyl2x, fyl2xp1, fpatan) says so by clobbering it. */
static inline long double x87_f2xm1(long double x)   /* 2^x - 1, |x| <= 1 */
{
	__asm__ ("f2xm1" : "+t"(x));
	return x;
}

static inline long double x87_fscale(long double x, long double n)   /* x * 2^trunc(n) */
{
	__asm__ ("fscale" : "+t"(x) : "u"(n));
	return x;
}

static inline long double x87_fyl2x(long double y, long double x)   /* y log2(x) */
{
	long double r;
	__asm__ ("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

static inline long double x87_fyl2xp1(long double y, long double x)   /* y log2(1+x), |x| < 0.29 */
{
	long double r;
	__asm__ ("fyl2xp1" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

static inline long double x87_fpatan(long double y, long double x)   /* the angle of (x, y) */
{
	long double r;
	__asm__ ("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* fsin, fcos, fptan: valid for |x| < 2^63 (the x87 reduces by its own
 * 66-bit pi); fptan pushes a 1.0 after the tangent, popped here. */
static inline long double x87_fsin(long double x)
{
	__asm__ ("fsin" : "+t"(x));
	return x;
}

static inline long double x87_fcos(long double x)
{
	__asm__ ("fcos" : "+t"(x));
	return x;
}

static inline long double x87_fptan(long double x)
{
	__asm__ ("fptan\n\tfstp %%st(0)" : "+t"(x));
	return x;
}
