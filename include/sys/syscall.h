#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H
/* __NR_x and SYS_x for every system call, from the kernel's <asm/unistd.h>. */
#include <bits/syscall.h>
#endif
