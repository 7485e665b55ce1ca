/* <sys/utsname.h>: the kernel's names for itself, in the kernel's own
 * struct new_utsname layout (six fields of __NEW_UTS_LEN + 1 bytes). */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#include <bits/utsname.h>   /* __NEW_UTS_LEN: from <linux/utsname.h> */

struct utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

int uname(struct utsname *u);

#endif
