/* s390x makecontext: set ucp up to call func(args...) on its own stack
 * (ucp->uc_stack), and to go on at ucp->uc_link when func returns
 * (docs/ucontext.md).
 *
 * The s390x ELF ABI's frame at a call: r15 8-aligned (16 here, which is
 * also 8), its word 0 the back chain (0: the chain ends), 160 bytes of
 * register save area that belong to the caller's frame but are the
 * callee's to fill, then the arguments past the fifth, 8 bytes each.
 * The first five go in r2-r6 (which the jump loads).  func returns
 * through r14 to __ucontext_trampoline; uc_link rides in r7,
 * callee-saved and no argument register.  Each argument is read as a
 * long, as glibc reads it (the ABI widens an int argument to 64 bits). */
#include <ucontext.h>
#include <stdarg.h>

#define SAVE_AREA 160

weak void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	unsigned long on_stack = argc > 5 ? (unsigned long)argc - 5 : 0;
	unsigned long top = (unsigned long)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	unsigned long *sp = (unsigned long *)((top - SAVE_AREA - 8 * on_stack) & -16UL);
	mcontext_t *mc = &ucp->uc_mcontext;
	va_list ap;

	sp[0] = 0;                                 /* back chain: none */
	mc->gregs[15] = (unsigned long)sp;
	mc->psw.addr = (unsigned long)func;
	mc->gregs[14] = (unsigned long)__ucontext_trampoline;
	mc->gregs[7] = (unsigned long)ucp->uc_link;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		long a = va_arg(ap, long);
		if (i < 5)
			mc->gregs[2 + i] = (unsigned long)a;
		else
			sp[SAVE_AREA / 8 + i - 5] = (unsigned long)a;
	}
	va_end(ap);
}
