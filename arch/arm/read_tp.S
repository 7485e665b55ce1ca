/* arm: __aeabi_read_tp, the EABI helper that returns the thread pointer.
 *
 * clang (and gcc with -mtp=soft) reaches __thread variables through a call
 * to this function instead of reading TPIDRURO inline.  The EABI lets it
 * change r0 only, so it must not touch any other register.
 *
 *   void *__aeabi_read_tp(void)   -- r0: the thread pointer
 */
#include "internal/asm.h"
	.syntax unified
	.thumb
	.text
	ENTRY(__aeabi_read_tp)
	mrc  p15, 0, r0, c13, c0, 3   /* r0 = TPIDRURO, set by __ARM_NR_set_tls */
	bx   lr
	END(__aeabi_read_tp)
	NO_EXEC_STACK
