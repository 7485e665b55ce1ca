/* x86_64's probes for the tests (test/clone.c, test/stack_align.c): what C
 * cannot say portably.  The test build puts this folder on the include path
 * as <arch/test_probe.h>, as the library sees <arch/syscall.h>; every arch
 * folder has one with the same names, so test/ names no arch.
 *
 *   void *test_read_tp(void)        the thread pointer register
 *   TEST_SP_STUB(stub, word, fn)    an assembly function "stub" that stores
 *                                   the stack pointer its caller handed over
 *                                   in the uintptr_t "word", then tail-calls
 *                                   fn with the arguments untouched (C cannot
 *                                   see that sp: its prologue moved it)
 *   TEST_ABI_STACK_ALIGN            the stack alignment at a call, by the ABI
 *   struct test_tls, test_settls_arg(&t, tp)
 *                                   clone's CLONE_SETTLS argument that makes
 *                                   tp the child's thread pointer
 */
#ifndef TASKRT_ARCH_TEST_PROBE_H
#define TASKRT_ARCH_TEST_PROBE_H

#include <sys/syscall.h>

static inline void *test_read_tp(void)
{
	void *p;

	__asm__ volatile("mov %%fs:0, %0" : "=r"(p));
	return p;
}

/* The call pushed 8 bytes: the caller's sp was rsp + 8. */
#define TEST_SP_STUB(stub, word, fn) \
	__asm__(".text\n.global " #stub "\n" #stub ":\n\t" \
	        "lea 8(%rsp), %rax\n\tmov %rax, " #word "(%rip)\n\tjmp " #fn "\n")

#define TEST_ABI_STACK_ALIGN 16

/* CLONE_SETTLS takes the new %fs base itself. */
struct test_tls { char unused; };
static inline void *test_settls_arg(struct test_tls *t, void *tp) { (void)t; return tp; }

/* test/backtrace: this arch's signal return goes through taskrt's own
 * restorer, whose frames gdb must unwind; and kill() with the trap
 * inline, so that the signal interrupts the caller's own code. */
#define TEST_SIGNAL_FRAMES 1
/* (a macro, not a function: gdb would show an inline function as a frame) */
#define TEST_KILL_INLINE(r, pid, sig) \
	__asm__ volatile ("syscall" : "=a"(r) : "0"((long)SYS_kill), "D"(pid), "S"(sig) \
	                  : "rcx", "r11", "memory")

#endif
