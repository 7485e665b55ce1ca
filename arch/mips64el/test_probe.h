/* mips64el's probes for the tests (test/clone.c, test/stack_align.c): what
 * C cannot say portably.  The test build puts this folder on the include
 * path as <arch/test_probe.h>, as the library sees <arch/syscall.h>; every
 * arch folder has one with the same names, so test/ names no arch.
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

	__asm__ volatile(".set push\n\t.set mips32r2\n\trdhwr %0, $29\n\t.set pop" : "=r"(p));
	return p;
}

/* t0 ($12): a temporary no n64 argument lives in ($4..$11 are a0..a7).
 * %hi/%lo reach word in two instructions: taskrt builds with 32-bit
 * symbols (arch/mips64el/arch.mk).  `j` has a delay slot: a nop. */
#define TEST_SP_STUB(stub, word, fn) \
	__asm__(".text\n.global " #stub "\n" #stub ":\n\t" \
	        ".set push\n\t.set noreorder\n\t" \
	        "lui $12, %hi(" #word ")\n\tsd $29, %lo(" #word ")($12)\n\t" \
	        "j " #fn "\n\tnop\n\t.set pop\n")

#define TEST_ABI_STACK_ALIGN 16

/* CLONE_SETTLS takes the new thread pointer itself (set_thread_area's
 * value). */
struct test_tls { char unused; };
static inline void *test_settls_arg(struct test_tls *t, void *tp) { (void)t; return tp; }

#endif
