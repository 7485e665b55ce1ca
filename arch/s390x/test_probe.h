/* s390x's probes for the tests (test/clone.c, test/stack_align.c): what C
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
	unsigned long p;

	__asm__ volatile("ear %0, %%a0\n\tsllg %0, %0, 32\n\tear %0, %%a1" : "=r"(p));
	return (void *)p;
}

/* r1: a temporary no argument lives in.  A call leaves sp unchanged. */
#define TEST_SP_STUB(stub, word, fn) \
	__asm__(".text\n.global " #stub "\n" #stub ":\n\t" \
	        "larl %r1, " #word "\n\tstg %r15, 0(%r1)\n\t" \
	        "jg " #fn "\n")

#define TEST_ABI_STACK_ALIGN 8

/* CLONE_SETTLS takes the new thread pointer itself (into a0/a1). */
struct test_tls { char unused; };
static inline void *test_settls_arg(struct test_tls *t, void *tp) { (void)t; return tp; }

#endif
