/* Start-up facts for the rest of taskrt. */
#ifndef _TASKRT_INTERNAL_CRT_H
#define _TASKRT_INTERNAL_CRT_H

#include <elf.h>
#include <stdint.h>
#include "defs.h"

/* The auxiliary vector: (type, value) pairs after envp's NULL.  Only
 * true of the kernel's layout before any code of the program has run:
 * envp is the program's array (main's third argument, environ), and
 * unsetenv or the program may move its NULL.  Later readers use __auxv. */
static inline unsigned long *__auxv_from(long *initial_sp)
{
	char **p = (char **)initial_sp + initial_sp[0] + 2;   /* envp */

	while (*p)
		p++;
	return (unsigned long *)(p + 1);
}

/* The auxv, recorded by a start-up hook of crt/getauxval.c (the hello,
 * which never asks, links neither the word nor the hook). */
hidden extern unsigned long *__auxv;
/* The linkers' name for the ELF header, which tiny.ld loads at the start
 * of the text segment: a static program finds its own program headers
 * through it, with no walk over the stack to the auxv's AT_PHDR. */
hidden extern const ElfW(Ehdr) __ehdr_start;

/* Constructors and destructors: the linker gathers them into the
 * .preinit_array, .init_array and .fini_array sections and linker/tiny.ld
 * brackets them with these symbols.  .init_array follows .preinit_array
 * directly, and taskrt's own start-up hooks (run_at_start below) come
 * before both, so one sweep runs taskrt's hooks, the program's
 * .preinit_array and then the constructors. */
typedef void (*array_fn)(void);
hidden extern const array_fn __preinit_array_start[], __init_array_end[];
hidden extern const array_fn __fini_array_start[], __fini_array_end[];
/* The program's; crt/start.c calls it with envp as glibc does. */
int main(int, char **, char **);
/* C start-up: arch/<arch>/start.S jumps here with the kernel's initial
 * stack pointer (argc, argv, envp, auxv). */
hidden _Noreturn void __start_c(long *sp);
/* The stack protector: the canary word the compiler reads on arches
 * without a TCB slot for it, and the failure path it calls. */
hidden extern uintptr_t __stack_chk_guard;
hidden _Noreturn void __stack_chk_fail(void);

/* A weak hook exit() calls; a no-op unless the program links atexit. */
hidden void __run_atexit_handlers(void);

/* Run fn at start-up, before any code of the program (its own
 * .preinit_array included: glibc, too, has environ and the auxv ready
 * then), in every program that links the object saying this.  Not in
 * .preinit_array itself: there the link order puts libtaskrt.a's entries
 * after the program's.  tiny.ld places .taskrt_start.* first, sorted by
 * name, so a hook that records a start-up fact (run_first_at_start) runs
 * before any hook that reads one. */
#define run_at_start(fn) __run_at_start(fn, ".taskrt_start.1")
#define run_first_at_start(fn) __run_at_start(fn, ".taskrt_start.0")
#define __run_at_start(fn, section) \
	static void (*const fn##_at_start)(void) \
	__attribute__((__section__(section), __used__)) = fn

/* The program's load bias: its run-time minus its link-time addresses,
 * 0 for a fixed-address binary, the kernel's choice for a static PIE
 * (linked at 0).  The ELF header is the first byte of the PT_LOAD at file
 * offset 0, so the bias is where it is minus where that segment was
 * linked.  Reads nothing a relocation writes: crt/pie/relocate.c calls
 * it before relocating. */
static inline uintptr_t __load_bias(void)
{
	const ElfW(Phdr) *ph = (const void *)((const char *)&__ehdr_start + __ehdr_start.e_phoff);
	unsigned n = __ehdr_start.e_phnum;

	for (; n; n--, ph++)
		if (ph->p_type == PT_LOAD && ph->p_offset == 0)
			return (uintptr_t)&__ehdr_start - ph->p_vaddr;
	return 0;
}
/* A static PIE's C start-up (crt/pie/relocate.c): its own relocations,
 * then __start_c. */
hidden _Noreturn void __start_static_pie(long *sp);

#endif
