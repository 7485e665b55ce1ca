/* i386's probes for the tests (test/clone.c, test/stack_align.c): what C
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

	__asm__ volatile("mov %%gs:0, %0" : "=r"(p));
	return p;
}

/* The call pushed 4 bytes: the caller's sp was esp + 4.  (%ecx is
 * call-clobbered and carries no argument in the i386 C ABI.) */
#define TEST_SP_STUB(stub, word, fn) \
	__asm__(".text\n.global " #stub "\n" #stub ":\n\t" \
	        "lea 4(%esp), %ecx\n\tmov %ecx, " #word "\n\tjmp " #fn "\n")

#define TEST_ABI_STACK_ALIGN 16   /* the Linux i386 psABI (the 1997 one said 4) */

/* CLONE_SETTLS takes a GDT entry description (<asm/ldt.h>'s user_desc);
 * reusing our own %gs slot keeps the parent's selector valid. */
struct test_tls {
	unsigned entry_number, base_addr, limit;
	unsigned seg_32bit:1, contents:2, read_exec_only:1, limit_in_pages:1,
	         seg_not_present:1, useable:1;
};
static inline void *test_settls_arg(struct test_tls *t, void *tp)
{
	unsigned gs;

	__asm__("mov %%gs, %0" : "=r"(gs));
	*t = (struct test_tls){ .entry_number = gs >> 3, .base_addr = (unsigned)tp,
	                        .limit = 0xfffff, .seg_32bit = 1, .limit_in_pages = 1,
	                        .useable = 1 };
	return t;
}

/* test/backtrace: this arch's signal return goes through taskrt's own
 * restorer, whose frames gdb must unwind; and kill() with the trap
 * inline, so that the signal interrupts the caller's own code. */
#define TEST_SIGNAL_FRAMES 1
/* (a macro, not a function: gdb would show an inline function as a frame) */
#define TEST_KILL_INLINE(r, pid, sig) \
	__asm__ volatile ("int $0x80" : "=a"(r) : "0"((long)SYS_kill), "b"(pid), "c"(sig) \
	                  : "memory")

#endif
