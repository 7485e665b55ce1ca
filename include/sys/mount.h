/* <sys/mount.h>: mounting and unmounting file systems.  MS_* come from
 * the kernel's <linux/mount.h>. */
#ifndef _SYS_MOUNT_H
#define _SYS_MOUNT_H

#include <bits/mount.h>
#include <sys/ioctl.h>   /* as glibc's does: mount tools ioctl their devices */

/* umount2's flags.  The kernel keeps them out of its uapi headers
 * (include/linux/fs.h), so these four are copied from there. */
#define MNT_FORCE       1
#define MNT_DETACH      2
#define MNT_EXPIRE      4
#define UMOUNT_NOFOLLOW 8

int mount(const char *source, const char *target, const char *type, unsigned long flags, const void *data);
int umount(const char *target);
int umount2(const char *target, int flags);

#endif
