/* <sys/reboot.h>: reboot, halt or power off, or set what Ctrl-Alt-Del
 * does.  The RB_* names are glibc's for the kernel's LINUX_REBOOT_CMD_*
 * commands; reboot() adds the two magic numbers the system call wants. */
#ifndef _SYS_REBOOT_H
#define _SYS_REBOOT_H

#include <bits/reboot.h>

#define RB_AUTOBOOT    LINUX_REBOOT_CMD_RESTART
#define RB_HALT_SYSTEM LINUX_REBOOT_CMD_HALT
#define RB_ENABLE_CAD  LINUX_REBOOT_CMD_CAD_ON
#define RB_DISABLE_CAD LINUX_REBOOT_CMD_CAD_OFF
#define RB_POWER_OFF   LINUX_REBOOT_CMD_POWER_OFF
#define RB_SW_SUSPEND  LINUX_REBOOT_CMD_SW_SUSPEND
#define RB_KEXEC       LINUX_REBOOT_CMD_KEXEC

int reboot(int command);

#endif
