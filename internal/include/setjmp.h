/* <setjmp.h> as taskrt's own sources see it: the public header, and the
 * hidden halves of the jumps (arch/<arch>/setjmp.S, libc/setjmp/longjmp.c). */
#ifndef _TASKRT_WRAP_SETJMP_H
#define _TASKRT_WRAP_SETJMP_H

#include_next <setjmp.h>
#include "internal/defs.h"

/* sigsetjmp's tail, in C: the registers are saved; record the mask if
 * savemask says so, and return 0 to sigsetjmp's caller. */
hidden int __sigjmp_save(jmp_buf env, int savemask);

/* The jump itself: reload env's registers and return val (1 if val is 0)
 * from the setjmp that filled it.  No signal mask: longjmp's business. */
hidden _Noreturn void __longjmp(jmp_buf env, int val);

#endif
