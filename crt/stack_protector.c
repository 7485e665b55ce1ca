/* The stack protector: compiled code puts a canary word between a
 * function's locals and its return address, and checks it before
 * returning.  x86 reads the canary from the TCB (%fs:0x28, %gs:0x14);
 * the other arches read the global __stack_chk_guard.  taskrt fills both
 * from the kernel's 16 random bytes (AT_RANDOM) before any constructor, in
 * programs that use the protector (only they link this object).
 *
 * The first byte is made 0, as glibc does: a string overflow through
 * strcpy then cannot write the canary back unchanged.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "internal/crt.h"
#include "internal/pthread.h"
#include "internal/defs.h"

uintptr_t __stack_chk_guard;

/* Must not itself be protected: the canary changes under its feet. */
__attribute__((__no_stack_protector__)) static void init_canary(void)
{
	uintptr_t canary;

	memcpy(&canary, (const void *)__getauxval(AT_RANDOM), sizeof canary);
	/* The byte at the lowest address: the least significant one on a
	 * little-endian arch, the most significant on a big-endian one. */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	canary &= ~(uintptr_t)0xff;
#else
	canary &= ~((uintptr_t)0xff << (8 * (sizeof canary - 1)));
#endif
	__stack_chk_guard = canary;
	__self()->canary = canary;
}
run_at_start(init_canary);

_Noreturn void __stack_chk_fail(void)
{
	static const char msg[] = "*** stack smashing detected ***: terminated\n";

	__write(2, msg, sizeof msg - 1);
	abort();
}
