/* i386 makecontext: set ucp up to call func(args...) on its own stack
 * (ucp->uc_stack), and to go on at ucp->uc_link when func returns
 * (docs/ucontext.md).
 *
 * Every argument goes on the stack (cdecl), above the return address,
 * which is __ucontext_trampoline's; at func's first instruction esp + 4
 * is a multiple of 16, as gcc and clang assume after any call.  uc_link
 * rides in esi, callee-saved. */
#include <ucontext.h>
#include <stdarg.h>

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	unsigned long *args = (unsigned long *)((top - 4 * (unsigned long)(argc > 0 ? argc : 0)) & -16UL);
	greg_t *g = ucp->uc_mcontext.gregs;
	va_list ap;

	args[-1] = (unsigned long)__ucontext_trampoline;
	g[REG_ESP] = (greg_t)(args - 1);
	g[REG_EIP] = (greg_t)func;
	g[REG_ESI] = (greg_t)ucp->uc_link;
	g[REG_EBP] = 0;                     /* the frame chain ends here */
	va_start(ap, argc);
	for (int i = 0; i < argc; i++)
		args[i] = va_arg(ap, unsigned long);
	va_end(ap);
}
