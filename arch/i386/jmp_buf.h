/* i386's jmp_buf register area, as glibc sizes it (6 ints): ebx, esi,
 * edi, ebp, the caller's esp and the return address (arch/i386/setjmp.S).
 * include/generate.sh copies it into bits/setjmp.h. */
typedef int __jmp_buf[6];
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 156
