/* aarch64's jmp_buf register area, as glibc sizes it (22 doublewords):
 * x19-x28, x29, x30, sp and d8-d15, one slot spare
 * (arch/aarch64/setjmp.S).  include/generate.sh copies it into
 * bits/setjmp.h. */
typedef unsigned long long __jmp_buf[22];
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 312
