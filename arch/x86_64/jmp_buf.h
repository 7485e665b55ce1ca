/* x86_64's jmp_buf register area, as glibc sizes it (8 longs): rbx, rbp,
 * r12-r15, the caller's rsp and the return address (arch/x86_64/setjmp.S).
 * include/generate.sh copies it into bits/setjmp.h. */
typedef long __jmp_buf[8];
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 200
