/* ppc64le's probes for the tests (test/clone.c, test/stack_align.c): what C
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

/* r13 itself: TP, 0x7000 past the TLS block's start. */
static inline void *test_read_tp(void)
{
	void *p;

	__asm__ volatile("mr %0, 13" : "=r"(p));
	return p;
}

/* A global entry point (r2 from r12, as ELFv2 wants when the stub is
 * called through a pointer), then word's TOC-relative address in r11, a
 * scratch register no argument lives in. */
#define TEST_SP_STUB(stub, word, fn) \
	__asm__(".text\n.global " #stub "\n.type " #stub ", %function\n" #stub ":\n" \
	        "0:\taddis 2, 12, .TOC.-0b@ha\n\taddi 2, 2, .TOC.-0b@l\n" \
	        "\t.localentry " #stub ", .-" #stub "\n" \
	        "\taddis 11, 2, " #word "@toc@ha\n\tstd 1, " #word "@toc@l(11)\n" \
	        "\tb " #fn "\n")

#define TEST_ABI_STACK_ALIGN 16

/* CLONE_SETTLS takes the new r13 itself. */
struct test_tls { char unused; };
static inline void *test_settls_arg(struct test_tls *t, void *tp) { (void)t; return tp; }

#endif
