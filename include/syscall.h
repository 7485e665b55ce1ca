/* <syscall.h>: glibc's old name for <sys/syscall.h>. */
#ifndef _SYSCALL_H
#define _SYSCALL_H
#include <sys/syscall.h>
#endif
