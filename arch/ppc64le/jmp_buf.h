/* ppc64le's jmp_buf register area, as glibc sizes it (64 doublewords,
 * 16-byte aligned for the vector registers): r1, r2, lr, cr, r14-r31,
 * f14-f31 and v20-v31 (arch/ppc64le/setjmp.S).  include/generate.sh
 * copies it into bits/setjmp.h. */
typedef unsigned long long __jmp_buf[64] __attribute__((__aligned__(16)));
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 656
