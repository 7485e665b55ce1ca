/* aarch64 system call entry.
 *
 * `svc #0` takes the number in x8 and up to six arguments in x0..x5; the
 * result comes back in x0 (-4095..-1 is -errno).  Nothing else is clobbered.
 */
#define __asm_syscall(...) __asm__ __volatile__("svc #0" : "=r"(x0) : __VA_ARGS__ : "memory"); return x0

static inline long __syscall0(long n)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0");
  __asm_syscall("r"(x8)); }
static inline long __syscall1(long n, long a)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0") = a;
  __asm_syscall("r"(x8), "0"(x0)); }
static inline long __syscall2(long n, long a, long b)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b;
  __asm_syscall("r"(x8), "0"(x0), "r"(x1)); }
static inline long __syscall3(long n, long a, long b, long c)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c;
  __asm_syscall("r"(x8), "0"(x0), "r"(x1), "r"(x2)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c,
  x3 __asm__("x3") = d;
  __asm_syscall("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c,
  x3 __asm__("x3") = d, x4 __asm__("x4") = e;
  __asm_syscall("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3), "r"(x4)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{ register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c,
  x3 __asm__("x3") = d, x4 __asm__("x4") = e, x5 __asm__("x5") = f;
  __asm_syscall("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)); }
