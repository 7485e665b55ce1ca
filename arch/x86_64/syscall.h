/* x86_64 system call entry.
 *
 * The `syscall` instruction takes the number in rax and up to six arguments
 * in rdi, rsi, rdx, r10, r8, r9 (r10, not rcx: the instruction itself saves
 * the return address in rcx and the flags in r11, so both are clobbered).
 * The result comes back in rax; -4095..-1 means -errno.
 */
#define __asm_syscall(...) __asm__ __volatile__("syscall" : "=a"(ret) : __VA_ARGS__ : "rcx", "r11", "memory"); return ret

static inline long __syscall0(long n)
{ long ret; __asm_syscall("a"(n)); }
static inline long __syscall1(long n, long a)
{ long ret; __asm_syscall("a"(n), "D"(a)); }
static inline long __syscall2(long n, long a, long b)
{ long ret; __asm_syscall("a"(n), "D"(a), "S"(b)); }
static inline long __syscall3(long n, long a, long b, long c)
{ long ret; __asm_syscall("a"(n), "D"(a), "S"(b), "d"(c)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ long ret; register long r10 __asm__("r10") = d; __asm_syscall("a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ long ret; register long r10 __asm__("r10") = d; register long r8 __asm__("r8") = e;
  __asm_syscall("a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{ long ret; register long r10 __asm__("r10") = d; register long r8 __asm__("r8") = e; register long r9 __asm__("r9") = f;
  __asm_syscall("a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)); }
