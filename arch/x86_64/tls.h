/* x86_64 thread pointer: the %fs segment base, set with arch_prctl.
 *
 * TLS variant II: the TCB (struct pthread) sits at the thread pointer and
 * the static TLS block lies just below it, so %fs:-N reaches a __thread
 * variable.  The compiler reads the TCB's own address from %fs:0 and the
 * stack-protector canary from %fs:0x28.
 */
#include <asm/prctl.h>

#define TLS_VARIANT        2
#define CANARY_TCB_OFFSET  0x28  /* gcc and clang: %fs:0x28 */

static inline void *__get_tp(void)
{
	void *tp;
	__asm__("mov %%fs:0, %0" : "=r"(tp));   /* TCB self pointer at %fs:0 */
	return tp;
}

static inline long __set_tp(void *tp)
{
	return __syscall2(SYS_arch_prctl, ARCH_SET_FS, (long)tp);
}
