/* riscv64 system call entry.
 *
 * `ecall` takes the number in a7 and up to six arguments in a0..a5; the
 * result comes back in a0 (-4095..-1 is -errno).  Nothing else is clobbered.
 */
#define __asm_syscall(...) __asm__ __volatile__("ecall" : "=r"(a0) : __VA_ARGS__ : "memory"); return a0

static inline long __syscall0(long n)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0");
  __asm_syscall("r"(a7)); }
static inline long __syscall1(long n, long a)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0") = a;
  __asm_syscall("r"(a7), "0"(a0)); }
static inline long __syscall2(long n, long a, long b)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0") = a, a1 __asm__("a1") = b;
  __asm_syscall("r"(a7), "0"(a0), "r"(a1)); }
static inline long __syscall3(long n, long a, long b, long c)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0") = a, a1 __asm__("a1") = b, a2 __asm__("a2") = c;
  __asm_syscall("r"(a7), "0"(a0), "r"(a1), "r"(a2)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0") = a, a1 __asm__("a1") = b, a2 __asm__("a2") = c,
  a3 __asm__("a3") = d;
  __asm_syscall("r"(a7), "0"(a0), "r"(a1), "r"(a2), "r"(a3)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0") = a, a1 __asm__("a1") = b, a2 __asm__("a2") = c,
  a3 __asm__("a3") = d, a4 __asm__("a4") = e;
  __asm_syscall("r"(a7), "0"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(a4)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{ register long a7 __asm__("a7") = n, a0 __asm__("a0") = a, a1 __asm__("a1") = b, a2 __asm__("a2") = c,
  a3 __asm__("a3") = d, a4 __asm__("a4") = e, a5 __asm__("a5") = f;
  __asm_syscall("r"(a7), "0"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5)); }
