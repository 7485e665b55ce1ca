/* mips64el (n64) system call entry.
 *
 * `syscall` takes the number in v0 ($2, 5000 + n on n64) and up to six
 * arguments in a0..a5 ($4..$9).  The result comes back in v0 and an
 * error flag in a3 ($7): a3 != 0 means v0 is a positive errno, which
 * becomes -errno here so that callers see the usual -4095..-1.  The
 * kernel may change the temporaries $1, $3, $10..$15, $24, $25 and hi/lo
 * (and a3 is an output): all are clobbers.  `syscall` has no delay slot.
 */
#define __SYSCALL_CLOBBERS "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", \
	"$24", "$25", "hi", "lo", "memory"
/* Up to three arguments a3 is only an output, from four on an input too. */
#define __asm_syscall(...) \
	__asm__ __volatile__("syscall" : "+r"(v0), "=r"(a3) : __VA_ARGS__ : __SYSCALL_CLOBBERS); \
	return a3 ? -v0 : v0
#define __asm_syscall_a3(...) \
	__asm__ __volatile__("syscall" : "+r"(v0), "+r"(a3) : __VA_ARGS__ : __SYSCALL_CLOBBERS); \
	return a3 ? -v0 : v0

static inline long __syscall0(long n)
{ register long v0 __asm__("$2") = n, a3 __asm__("$7");
  __asm_syscall(); }
static inline long __syscall1(long n, long a)
{ register long v0 __asm__("$2") = n, a0 __asm__("$4") = a, a3 __asm__("$7");
  __asm_syscall("r"(a0)); }
static inline long __syscall2(long n, long a, long b)
{ register long v0 __asm__("$2") = n, a0 __asm__("$4") = a, a1 __asm__("$5") = b, a3 __asm__("$7");
  __asm_syscall("r"(a0), "r"(a1)); }
static inline long __syscall3(long n, long a, long b, long c)
{ register long v0 __asm__("$2") = n, a0 __asm__("$4") = a, a1 __asm__("$5") = b, a2 __asm__("$6") = c,
  a3 __asm__("$7");
  __asm_syscall("r"(a0), "r"(a1), "r"(a2)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ register long v0 __asm__("$2") = n, a0 __asm__("$4") = a, a1 __asm__("$5") = b, a2 __asm__("$6") = c,
  a3 __asm__("$7") = d;
  __asm_syscall_a3("r"(a0), "r"(a1), "r"(a2)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ register long v0 __asm__("$2") = n, a0 __asm__("$4") = a, a1 __asm__("$5") = b, a2 __asm__("$6") = c,
  a3 __asm__("$7") = d, a4 __asm__("$8") = e;
  __asm_syscall_a3("r"(a0), "r"(a1), "r"(a2), "r"(a4)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{ register long v0 __asm__("$2") = n, a0 __asm__("$4") = a, a1 __asm__("$5") = b, a2 __asm__("$6") = c,
  a3 __asm__("$7") = d, a4 __asm__("$8") = e, a5 __asm__("$9") = f;
  __asm_syscall_a3("r"(a0), "r"(a1), "r"(a2), "r"(a4), "r"(a5)); }
