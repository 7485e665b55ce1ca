/* Brackets for the functions of the .S files, the assembly side of the
 * namespace rule in internal/defs.h:
 *
 *   ENTRY(__clone)      a hidden function: taskrt's own, called from C
 *   WEAK_ENTRY(vfork)   a public non-ISO function a program may replace
 *   ISO_ENTRY(setjmp)   a public ISO C function: strong, as in C
 *   GLOBAL_ENTRY(_start)  the entry point crt1.o gives the linker
 *   END(name)           its size, for the symbol table and debuggers
 *   NO_EXEC_STACK       last line: the stack need not be executable
 *
 * `%function` and `%progbits` rather than `@...`: `@` starts a comment on
 * arm.  In arm's Thumb code `.type name, %function` alone marks the symbol
 * as Thumb (bit 0 of its address), so no `.thumb_func` is needed.  `;`
 * separates statements on every arch's assembler. */
#ifndef _TASKRT_INTERNAL_ASM_H
#define _TASKRT_INTERNAL_ASM_H

#define ENTRY(name)        .global name; .hidden name; .type name, %function; name:
#define WEAK_ENTRY(name)   .weak name; .type name, %function; name:
#define ISO_ENTRY(name)    .global name; .type name, %function; name:
#define GLOBAL_ENTRY(name) .global name; .type name, %function; name:
#define END(name)          .size name, . - name
#define NO_EXEC_STACK      .section .note.GNU-stack, "", %progbits

#endif
