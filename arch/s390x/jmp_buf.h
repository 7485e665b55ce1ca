/* s390x's jmp_buf register area, as glibc sizes it (18 doublewords):
 * r6-r15 (r14 the return address, r15 sp), then f8-f15
 * (arch/s390x/setjmp.S).  include/generate.sh copies it into
 * bits/setjmp.h. */
typedef unsigned long long __jmp_buf[18];
/* sizeof(jmp_buf) in glibc, checked in libc/setjmp/longjmp.c. */
#define __JMP_BUF_GLIBC_SIZE 280
