/* <sys/prctl.h>: operations on the calling thread or process; PR_* come
 * from the kernel's <linux/prctl.h>. */
#ifndef _SYS_PRCTL_H
#define _SYS_PRCTL_H

#include <bits/prctl.h>

/* Up to four more arguments, each read as an unsigned long. */
int prctl(int option, ...);

#endif
