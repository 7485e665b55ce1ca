/* ppc64le system call entry.
 *
 * `sc` takes the number in r0 and up to six arguments in r3..r8; the
 * result comes back in r3.  Unlike the first five arches the kernel
 * reports an error out of band: it sets cr0's summary-overflow bit
 * (cr0.SO) and leaves the positive errno in r3.  `bns+ 1f; neg 3, 3`
 * turns that into the -errno (-4095..-1) every layer above expects, so
 * nothing outside this file knows.
 *
 * The kernel keeps the C ABI's register rules (the kernel's
 * Documentation/powerpc/syscall64-abi.rst): r0, r3..r12, ctr, xer and cr0
 * may change; r1, r2 (the TOC), r13 (the thread pointer), r14..r31, lr and
 * the other cr fields survive.  An argument register is an in-out operand,
 * the rest of r4..r8 are clobbers.
 */
#define __SC_TRAP     "sc\n\tbns+ 1f\n\tneg 3, 3\n1:"
#define __SC_CLOBBERS "memory", "cr0", "ctr", "xer", "r9", "r10", "r11", "r12"

static inline long __syscall0(long n)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3");
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "=r"(r3)
                       : : __SC_CLOBBERS, "r4", "r5", "r6", "r7", "r8");
  return r3; }
static inline long __syscall1(long n, long a)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3") = a;
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "+r"(r3)
                       : : __SC_CLOBBERS, "r4", "r5", "r6", "r7", "r8");
  return r3; }
static inline long __syscall2(long n, long a, long b)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3") = a, r4 __asm__("r4") = b;
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "+r"(r3), "+r"(r4)
                       : : __SC_CLOBBERS, "r5", "r6", "r7", "r8");
  return r3; }
static inline long __syscall3(long n, long a, long b, long c)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3") = a, r4 __asm__("r4") = b, r5 __asm__("r5") = c;
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5)
                       : : __SC_CLOBBERS, "r6", "r7", "r8");
  return r3; }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3") = a, r4 __asm__("r4") = b, r5 __asm__("r5") = c,
  r6 __asm__("r6") = d;
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
                       : : __SC_CLOBBERS, "r7", "r8");
  return r3; }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3") = a, r4 __asm__("r4") = b, r5 __asm__("r5") = c,
  r6 __asm__("r6") = d, r7 __asm__("r7") = e;
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7)
                       : : __SC_CLOBBERS, "r8");
  return r3; }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{ register long r0 __asm__("r0") = n, r3 __asm__("r3") = a, r4 __asm__("r4") = b, r5 __asm__("r5") = c,
  r6 __asm__("r6") = d, r7 __asm__("r7") = e, r8 __asm__("r8") = f;
  __asm__ __volatile__(__SC_TRAP : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7), "+r"(r8)
                       : : __SC_CLOBBERS);
  return r3; }
