/* riscv64's jmp_buf register area, as glibc sizes it for the D extension
 * (26 doublewords): ra, s0-s11, sp, fs0-fs11 (arch/riscv64/setjmp.S).
 * include/generate.sh copies it into bits/setjmp.h. */
typedef unsigned long long __jmp_buf[26];
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 344
