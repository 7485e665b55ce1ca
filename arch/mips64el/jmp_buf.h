/* mips64el (n64)'s jmp_buf register area, as glibc sizes it (21
 * doublewords: pc, sp, s0-s7, fp, gp, the FP control word and f24-f31
 * there): s0-s7, fp, gp, sp, ra and f24-f31, one slot spare
 * (arch/mips64el/setjmp.S).  include/generate.sh copies it into
 * bits/setjmp.h. */
typedef unsigned long long __jmp_buf[21];
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 304
