/* The jmp_buf register area of a port that has no arch/<arch>/setjmp.S
 * yet: room enough for any arch's callee-saved registers, and
 * __TASKRT_NO_SETJMP to say that setjmp and longjmp are not there (a
 * program that calls them does not link; test/setjmp.c skips).
 * include/generate.sh copies this, or the arch's own jmp_buf.h, into
 * bits/setjmp.h. */
typedef long __jmp_buf[64];
#define __TASKRT_NO_SETJMP 1
