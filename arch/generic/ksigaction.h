/* The kernel's struct sigaction, the layout most arches share (asm-generic,
 * x86, arm): handler, flags, restorer where the uapi defines SA_RESTORER,
 * then the mask.  An arch whose kernel orders it otherwise (MIPS puts the
 * flags first) has its own arch/<arch>/ksigaction.h. */
#include "internal/signal.h"

struct kernel_sigaction {
	void (*handler)(int);
	unsigned long flags;
#ifdef SA_RESTORER
	void (*restorer)(void);
#endif
	unsigned mask[KERNEL_SIGSET_SIZE / sizeof(unsigned)];
	/* Spare room: qemu-riscv64 7.2 reads and writes a sa_restorer field
	 * that riscv does not have, and would spill its copy of the old
	 * action past the struct. */
	unsigned long qemu_spare;
};
