/* mips64el (n64) makecontext: set ucp up to call func(args...) on its
 * own stack (ucp->uc_stack), and to go on at ucp->uc_link when func
 * returns (docs/ucontext.md).
 *
 * The first eight arguments go in a0-a7 ($4-$11, which the jump loads),
 * the rest on the stack, 8 bytes each from sp up (n64 reserves no home
 * slots for the register arguments); sp is 16-aligned.  The pc is func,
 * and the jump puts it in t9 too, for PIC code.  func returns through ra
 * to __ucontext_trampoline; uc_link rides in s0 ($16), callee-saved; fp
 * ($30) 0 ends the frame chain.  gp stays getcontext's.  Each argument
 * is read as a long, as glibc reads it (n64 passes an int sign-extended
 * to 64 bits). */
#include <ucontext.h>
#include <stdarg.h>

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	unsigned long on_stack = argc > 8 ? (unsigned long)argc - 8 : 0;
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	unsigned long *sp = (unsigned long *)((top - 8 * on_stack) & -16UL);
	mcontext_t *mc = &ucp->uc_mcontext;
	va_list ap;

	mc->pc = (unsigned long)func;
	mc->gregs[29] = (unsigned long)sp;
	mc->gregs[31] = (unsigned long)__ucontext_trampoline;
	mc->gregs[30] = 0;
	mc->gregs[16] = (unsigned long)ucp->uc_link;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long a = va_arg(ap, long);
		if (i < 8)
			mc->gregs[4 + i] = (unsigned long)a;
		else
			sp[i - 8] = (unsigned long)a;
	}
	va_end(ap);
}
