#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#include <bits/auxv.h>      /* AT_*: from the kernel's <linux/auxvec.h> */

unsigned long getauxval(unsigned long type);

#endif
