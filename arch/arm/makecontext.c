/* arm makecontext: set ucp up to call func(args...) on its own stack
 * (ucp->uc_stack), and to go on at ucp->uc_link when func returns
 * (docs/ucontext.md).
 *
 * The first four arguments go in r0-r3 (which the jump loads), the rest
 * on the stack, a word each from sp up; sp is 8-aligned (AAPCS).  func
 * returns through lr to __ucontext_trampoline (a Thumb address, bit 0
 * set, as every function pointer here); uc_link rides in r4,
 * callee-saved. */
#include <ucontext.h>
#include <stdarg.h>

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	int on_stack = argc > 4 ? argc - 4 : 0;
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	unsigned long *sp = (unsigned long *)((top - 4 * (unsigned long)on_stack) & -8UL);
	mcontext_t *mc = &ucp->uc_mcontext;
	unsigned long *r[4] = { &mc->arm_r0, &mc->arm_r1, &mc->arm_r2, &mc->arm_r3 };
	va_list ap;

	mc->arm_sp = (unsigned long)sp;
	mc->arm_pc = (unsigned long)func;
	mc->arm_lr = (unsigned long)__ucontext_trampoline;
	mc->arm_r4 = (unsigned long)ucp->uc_link;
	mc->arm_fp = 0;                     /* the frame chain ends here */
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		unsigned long a = va_arg(ap, unsigned long);
		if (i < 4)
			*r[i] = a;
		else
			sp[i - 4] = a;
	}
	va_end(ap);
}
