#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#include <bits/auxv.h>      /* AT_*: from the kernel's <linux/auxvec.h> */
#include <bits/hwcap.h>     /* AT_HWCAP's bits: the arch's <asm/hwcap.h> */

unsigned long getauxval(unsigned long type);

#endif
