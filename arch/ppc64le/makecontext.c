/* ppc64le makecontext: set ucp up to call func(args...) on its own stack
 * (ucp->uc_stack), and to go on at ucp->uc_link when func returns
 * (docs/ucontext.md).
 *
 * ELFv2's frame at a call: r1 16-aligned, its word 0 the back chain (0
 * here: the chain ends), then the cr and lr save words and the TOC save
 * word, 32 bytes, then the parameter save area, a doubleword per
 * argument, which func may spill r3-r10 into: room for eight at least.
 * The first eight arguments go in r3-r10 (which the jump loads), the
 * rest in their parameter save area slots, 32 + 8 * i from r1.  The pc
 * (which the jump also puts in r12, for func's global entry) is func;
 * r2 stays getcontext's, the program's TOC.  func returns through lr to
 * __ucontext_trampoline; uc_link rides in r31, callee-saved.  Each
 * argument is read as a long, as glibc reads it. */
#include <ucontext.h>
#include <stdarg.h>

#define PT_NIP 32
#define PT_LNK 36

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	unsigned long slots = argc > 8 ? (unsigned long)argc : 8;
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	unsigned long *sp = (unsigned long *)((top - 32 - 8 * slots) & -16UL);
	unsigned long *r = ucp->uc_mcontext.gp_regs;
	va_list ap;

	sp[0] = 0;                                      /* back chain: none */
	sp[2] = 0;                                      /* no saved lr above */
	r[1] = (unsigned long)sp;
	r[PT_NIP] = (unsigned long)func;
	r[PT_LNK] = (unsigned long)__ucontext_trampoline;
	r[31] = (unsigned long)ucp->uc_link;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long a = va_arg(ap, long);
		if (i < 8)
			r[3 + i] = (unsigned long)a;
		else
			sp[4 + i] = (unsigned long)a;
	}
	va_end(ap);
}
