/* arm's jmp_buf register area, as glibc sizes it (64 words, 8-aligned for
 * the VFP registers): r4-r11, sp, lr, then d8-d15; the rest is spare
 * (arch/arm/setjmp.S).  include/generate.sh copies it into bits/setjmp.h. */
typedef int __jmp_buf[64] __attribute__((__aligned__(8)));
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 392
