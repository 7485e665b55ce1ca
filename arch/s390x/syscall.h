/* s390x system call entry.
 *
 * `svc 0` takes the number in r1 and up to six arguments in r2..r7; the
 * result comes back in r2 (-4095..-1 is -errno).  The kernel gives every
 * other register back unchanged.  (`svc NN` could encode a number below
 * 256 in the instruction itself; r1 works for all of them.)  r6 and r7
 * are callee-saved: as register variables the compiler saves them.
 *
 * One system call takes its arguments in memory: 64-bit s390's SYS_mmap
 * is the kernel's old_mmap, whose single argument points at a block of
 * the six values (there is no mmap2 on s390x).  __syscall6 builds that
 * block, so the callers (syscall/mman.c, crt, posix_spawn, syscall())
 * pass six arguments as on every other arch; with a constant number the
 * test folds away.
 */
#define __asm_syscall(...) __asm__ __volatile__("svc 0" : "=r"(r2) : __VA_ARGS__ : "memory"); return r2

static inline long __syscall0(long n)
{ register long r1 __asm__("r1") = n, r2 __asm__("r2");
  __asm_syscall("r"(r1)); }
static inline long __syscall1(long n, long a)
{ register long r1 __asm__("r1") = n, r2 __asm__("r2") = a;
  __asm_syscall("r"(r1), "0"(r2)); }
static inline long __syscall2(long n, long a, long b)
{ register long r1 __asm__("r1") = n, r2 __asm__("r2") = a, r3 __asm__("r3") = b;
  __asm_syscall("r"(r1), "0"(r2), "r"(r3)); }
static inline long __syscall3(long n, long a, long b, long c)
{ register long r1 __asm__("r1") = n, r2 __asm__("r2") = a, r3 __asm__("r3") = b, r4 __asm__("r4") = c;
  __asm_syscall("r"(r1), "0"(r2), "r"(r3), "r"(r4)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ register long r1 __asm__("r1") = n, r2 __asm__("r2") = a, r3 __asm__("r3") = b, r4 __asm__("r4") = c,
  r5 __asm__("r5") = d;
  __asm_syscall("r"(r1), "0"(r2), "r"(r3), "r"(r4), "r"(r5)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ register long r1 __asm__("r1") = n, r2 __asm__("r2") = a, r3 __asm__("r3") = b, r4 __asm__("r4") = c,
  r5 __asm__("r5") = d, r6 __asm__("r6") = e;
  __asm_syscall("r"(r1), "0"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r6)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	if (n == __NR_mmap) {
		/* old_mmap(struct { addr, len, prot, flags, fd, offset } *):
		 * the "memory" clobber makes the block's stores happen first. */
		long block[6] = { a, b, c, d, e, f };
		return __syscall1(n, (long)block);
	}
	register long r1 __asm__("r1") = n, r2 __asm__("r2") = a, r3 __asm__("r3") = b, r4 __asm__("r4") = c,
	r5 __asm__("r5") = d, r6 __asm__("r6") = e, r7 __asm__("r7") = f;
	__asm_syscall("r"(r1), "0"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7));
}
