/* <sys/personality.h>: the process's execution domain.  PER_* and the
 * ADDR_* flags are the kernel's own, from <linux/personality.h>. */
#ifndef _SYS_PERSONALITY_H
#define _SYS_PERSONALITY_H

#include <linux/personality.h>

/* 0xffffffff asks without changing; the answer is the old persona. */
int personality(unsigned long persona);

#endif
