/* The C halves of the non-local jumps (docs/setjmp.md): the signal mask.
 *
 * The registers are the arch's (arch/<arch>/setjmp.S); the mask is the
 * same on every arch, so it lives here.  longjmp, _longjmp and siglongjmp
 * are one function, as in glibc and musl: each restores the mask when the
 * sigsetjmp that filled env saved one, and never otherwise (setjmp and
 * _setjmp record "not saved").
 */
#include <setjmp.h>
#include <signal.h>
#include "internal/signal.h"
#include "internal/syscall.h"
#include "internal/defs.h"

_Static_assert(sizeof(((jmp_buf){ 0 })->__saved_mask) == sizeof(sigset_t),
	       "jmp_buf's mask is a sigset_t");
#ifdef __JMP_BUF_GLIBC_SIZE
_Static_assert(sizeof(jmp_buf) == __JMP_BUF_GLIBC_SIZE, "jmp_buf is as large as glibc's");
#endif

#ifndef __TASKRT_NO_SETJMP
int __sigjmp_save(jmp_buf env, int savemask)
{
	/* SIG_BLOCK with no set reads the mask and changes nothing. */
	env->__mask_was_saved = savemask &&
		__syscall(SYS_rt_sigprocmask, SIG_BLOCK, 0, env->__saved_mask, KERNEL_SIGSET_SIZE) == 0;
	return 0;
}

_Noreturn void longjmp(jmp_buf env, int val)
{
	if (env->__mask_was_saved)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, env->__saved_mask, 0, KERNEL_SIGSET_SIZE);
	__longjmp(env, val);
}
weak_alias(longjmp, _longjmp);
weak_alias(longjmp, siglongjmp);
#endif
