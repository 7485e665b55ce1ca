/* The stack is aligned as the ABI demands when main is entered.
 *
 * main itself is a few instructions of assembly that record the stack
 * pointer the caller handed over and jump to real_main: C code cannot see
 * its own entry stack pointer, since its prologue has already moved it.
 */
#include <stdint.h>
#include "check.h"
#include <arch/test_probe.h>

#ifdef TEST_PROBES_MISSING
int main(void)
{
	check_skip(TEST_PROBES_MISSING);
}
#else
uintptr_t entry_sp;   /* the stack pointer as the caller's call left it */
int real_main(int argc, char **argv);
TEST_SP_STUB(main, entry_sp, real_main);

int real_main(int argc, char **argv)
{
	CHECK(entry_sp != 0);
	CHECK_INT(entry_sp % TEST_ABI_STACK_ALIGN, 0);
	CHECK_INT(argc, 3);
	CHECK_STR(argv[1], "arg1");
	return check_done();
}
#endif
