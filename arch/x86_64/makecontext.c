/* x86_64 makecontext: set ucp up to call func(args...) on its own stack
 * (ucp->uc_stack), and to go on at ucp->uc_link when func returns
 * (docs/ucontext.md).
 *
 * The first six arguments go in rdi, rsi, rdx, rcx, r8, r9 (which the
 * jump loads), the rest on the stack above the return address, which is
 * __ucontext_trampoline's.  At func's first instruction rsp + 8 is a
 * multiple of 16, as after any call.  uc_link rides in rbx, callee-saved.
 * Each argument is read as a long, as glibc reads it: an int or a
 * pointer both arrive whole. */
#include <ucontext.h>
#include <stdarg.h>

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	static const int regs[6] = { REG_RDI, REG_RSI, REG_RDX, REG_RCX, REG_R8, REG_R9 };
	int on_stack = argc > 6 ? argc - 6 : 0;
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	/* the stack arguments start 16-aligned, the return address below */
	unsigned long *args = (unsigned long *)((top - 8 * (unsigned long)on_stack) & -16UL);
	greg_t *g = ucp->uc_mcontext.gregs;
	va_list ap;

	args[-1] = (unsigned long)__ucontext_trampoline;
	g[REG_RSP] = (greg_t)(args - 1);
	g[REG_RIP] = (greg_t)func;
	g[REG_RBX] = (greg_t)ucp->uc_link;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long a = va_arg(ap, long);
		if (i < 6)
			g[regs[i]] = a;
		else
			args[i - 6] = (unsigned long)a;
	}
	va_end(ap);
}
