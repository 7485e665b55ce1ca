/* riscv64 makecontext: set ucp up to call func(args...) on its own stack
 * (ucp->uc_stack), and to go on at ucp->uc_link when func returns
 * (docs/ucontext.md).
 *
 * The first eight arguments go in a0-a7 (which the jump loads), the rest
 * on the stack, 8 bytes each from sp up; sp is 16-aligned.  func returns
 * through ra to __ucontext_trampoline; uc_link rides in s1,
 * callee-saved.  Each argument is read as a long, as glibc reads it. */
#include <ucontext.h>
#include <stdarg.h>

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	int on_stack = argc > 8 ? argc - 8 : 0;
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	unsigned long *sp = (unsigned long *)((top - 8 * (unsigned long)on_stack) & -16UL);
	unsigned long *x = ucp->uc_mcontext.__gregs;   /* x[0] is the pc */
	va_list ap;

	x[0] = (unsigned long)func;
	x[1] = (unsigned long)__ucontext_trampoline;    /* ra */
	x[2] = (unsigned long)sp;
	x[8] = 0;                                       /* s0: the frame chain ends */
	x[9] = (unsigned long)ucp->uc_link;             /* s1 */
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long a = va_arg(ap, long);
		if (i < 8)
			x[10 + i] = (unsigned long)a;
		else
			sp[i - 8] = (unsigned long)a;
	}
	va_end(ap);
}
