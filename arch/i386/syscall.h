/* i386 system call entry.
 *
 * `int $0x80` takes the number in eax and up to six arguments in ebx, ecx,
 * edx, esi, edi, ebp; the result comes back in eax (-4095..-1 is -errno).
 * ebp is special: it may be the frame pointer, so the compiler will not
 * hand it to us.  The six-argument call pushes the argument, saves ebp,
 * loads ebp from the stack, and undoes both after the trap.
 */
#define __asm_syscall(...) __asm__ __volatile__("int $0x80" : "=a"(ret) : __VA_ARGS__ : "memory"); return ret

static inline long __syscall0(long n)
{ long ret; __asm_syscall("a"(n)); }
static inline long __syscall1(long n, long a)
{ long ret; __asm_syscall("a"(n), "b"(a)); }
static inline long __syscall2(long n, long a, long b)
{ long ret; __asm_syscall("a"(n), "b"(a), "c"(b)); }
static inline long __syscall3(long n, long a, long b, long c)
{ long ret; __asm_syscall("a"(n), "b"(a), "c"(b), "d"(c)); }
static inline long __syscall4(long n, long a, long b, long c, long d)
{ long ret; __asm_syscall("a"(n), "b"(a), "c"(b), "d"(c), "S"(d)); }
static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{ long ret; __asm_syscall("a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)); }
static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	long ret;
	__asm__ __volatile__(
		"pushl %7\n\t"          /* f onto the stack (its address is taken before the push) */
		"push %%ebp\n\t"        /* save ebp */
		"mov 4(%%esp), %%ebp\n\t" /* ebp = f */
		"int $0x80\n\t"
		"pop %%ebp\n\t"         /* restore ebp */
		"add $4, %%esp"         /* drop f */
		: "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "g"(f) : "memory");
	return ret;
}
