/* arm (EABI) system call entry.
 *
 * `svc 0` takes the number in r7 and up to six arguments in r0..r5; the
 * result comes back in r0 (-4095..-1 is -errno).  In Thumb code (Debian's
 * default) r7 is the frame pointer, which the compiler may refuse to give
 * up, so each call parks r7 in a scratch register, loads the number, traps
 * and puts r7 back.
 */

/* EABI passes a 64-bit argument in an even/odd register pair: where one
 * would start at an odd register (pread64's offset after fd, buf, count)
 * a zero word pads it (internal/syscall.h's __SYSCALL_LL_O). */
#define SYSCALL_PAIRS_ALIGNED 1
#define __asm_syscall(...) \
	__asm__ __volatile__("mov %[saved], r7\n\tmov r7, %[nr]\n\tsvc 0\n\tmov r7, %[saved]" \
		: "=r"(r0), [saved] "=&r"(saved) : [nr] "r"(n), __VA_ARGS__ : "memory"); \
	return r0

static inline long __syscall0(long n)
{ register long r0 __asm__("r0"); long saved;
  __asm__ __volatile__("mov %[saved], r7\n\tmov r7, %[nr]\n\tsvc 0\n\tmov r7, %[saved]"
	: "=r"(r0), [saved] "=&r"(saved) : [nr] "r"(n) : "memory");
  return r0; }
static inline long __syscall1(long n, long a)
{ register long r0 __asm__("r0") = a; long saved;
  __asm_syscall("0"(r0)); }
static inline long __syscall2(long n, long a, long b)
{ register long r0 __asm__("r0") = a, r1 __asm__("r1") = b; long saved;
  __asm_syscall("0"(r0), "r"(r1)); }
static inline long __syscall3(long n, long a, long b, long c)
{ register long r0 __asm__("r0") = a, r1 __asm__("r1") = b, r2 __asm__("r2") = c; long saved;
  __asm_syscall("0"(r0), "r"(r1), "r"(r2)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ register long r0 __asm__("r0") = a, r1 __asm__("r1") = b, r2 __asm__("r2") = c, r3 __asm__("r3") = d; long saved;
  __asm_syscall("0"(r0), "r"(r1), "r"(r2), "r"(r3)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ register long r0 __asm__("r0") = a, r1 __asm__("r1") = b, r2 __asm__("r2") = c, r3 __asm__("r3") = d,
  r4 __asm__("r4") = e; long saved;
  __asm_syscall("0"(r0), "r"(r1), "r"(r2), "r"(r3), "r"(r4)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{ register long r0 __asm__("r0") = a, r1 __asm__("r1") = b, r2 __asm__("r2") = c, r3 __asm__("r3") = d,
  r4 __asm__("r4") = e, r5 __asm__("r5") = f; long saved;
  __asm_syscall("0"(r0), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)); }
