/* Brackets for the functions of the .S files, the assembly side of the
 * namespace rule in internal/defs.h:
 *
 *   ENTRY(__clone)      a hidden function: taskrt's own, called from C
 *   WEAK_ENTRY(vfork)   a public non-ISO function a program may replace
 *   ISO_ENTRY(setjmp)   a public ISO C function: strong, as in C
 *   GLOBAL_ENTRY(_start)  the entry point crt1.o gives the linker
 *   ENTRY_NOCFI(name), END_NOCFI(name)   ENTRY and END for a function
 *                       whose CFI its file writes by hand (the signal
 *                       return trampolines: see x86_64/sigreturn.S)
 *   WEAK_LABEL(name)    a second, weak name inside a function already
 *                       open (setjmp's _setjmp), closed with END_NOCFI
 *   END(name)           its size, for the symbol table and debuggers
 *   NO_EXEC_STACK       last line: the stack need not be executable
 *
 * The ENTRY macros also open the function's CFI and END closes it (below).
 *
 * `%function` and `%progbits` rather than `@...`: `@` starts a comment on
 * arm.  In arm's Thumb code `.type name, %function` alone marks the symbol
 * as Thumb (bit 0 of its address), so no `.thumb_func` is needed.  `;`
 * separates statements on every arch's assembler. */
#ifndef _TASKRT_INTERNAL_ASM_H
#define _TASKRT_INTERNAL_ASM_H

/* Call-frame information (CFI) for debuggers, at no cost in the binary:
 * `.cfi_sections .debug_frame` sends the tables the .cfi_* directives
 * build to .debug_frame, a debug section that strip removes, rather than
 * to .eh_frame (which linker/tiny.ld discards, so gdb would never see it).
 * Every ENTRY opens a CFI region (.cfi_startproc: the arch's rule at a
 * call, "the return address is where the call left it") and END closes
 * it; in between, each function says how every push, pop and change of
 * the stack pointer moves the canonical frame address (CFA, the stack
 * pointer just before the call) and where registers were saved, and
 * marks the end of the call chain where there is no caller to return to
 * (`.cfi_undefined` of the return-address register in _start and in each
 * clone child). */
	.cfi_sections .debug_frame

#define ENTRY(name)        .global name; .hidden name; .type name, %function; name: .cfi_startproc
#define WEAK_ENTRY(name)   .weak name; .type name, %function; name: .cfi_startproc
#define ISO_ENTRY(name)    .global name; .type name, %function; name: .cfi_startproc
#define GLOBAL_ENTRY(name) .global name; .type name, %function; name: .cfi_startproc
#define ENTRY_NOCFI(name)  .global name; .hidden name; .type name, %function; name:
#define END(name)          .cfi_endproc; .size name, . - name
#define END_NOCFI(name)    .size name, . - name
#define WEAK_LABEL(name)   .weak name; .type name, %function; name:
#define NO_EXEC_STACK      .section .note.GNU-stack, "", %progbits

/* A hidden code address that is not a function, for C to compare a PC
 * with (the cancellation window's bounds, arch/<arch>/syscall_cp.S).  No
 * `.type %function`: on arm's Thumb that would set bit 0 of its value,
 * and a PC in a signal frame never has bit 0 set. */
#define CODE_LABEL(name)   .global name; .hidden name; name:

#endif
