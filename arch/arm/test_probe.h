/* arm's probes for the tests (test/clone.c, test/stack_align.c): what C
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

static inline void *test_read_tp(void)
{
	void *p;

	__asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(p));
	return p;
}

/* Thumb-2, as the library; r12 and r3 are scratch here (r3 is the fourth
 * argument register, which the probed functions do not take). */
#define TEST_SP_STUB(stub, word, fn) \
	__asm__(".text\n.syntax unified\n.thumb\n.global " #stub "\n.thumb_func\n" #stub ":\n\t" \
	        "mov r12, sp\n\tmovw r3, #:lower16:" #word "\n\tmovt r3, #:upper16:" #word "\n\t" \
	        "str r12, [r3]\n\tb " #fn "\n")

#define TEST_ABI_STACK_ALIGN 8    /* AAPCS: 8 at a public interface */

/* CLONE_SETTLS takes the new TPIDRURO value itself. */
struct test_tls { char unused; };
static inline void *test_settls_arg(struct test_tls *t, void *tp) { (void)t; return tp; }

#endif
