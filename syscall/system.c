/* The system as a whole: prctl, mount, reboot, personality. */
#include <stdarg.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/reboot.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* Every option takes up to four more words; reading four that the caller
 * did not pass reads junk the kernel ignores, as in glibc and musl. */
weak int prctl(int option, ...)
{
	unsigned long a[4];
	va_list ap;

	va_start(ap, option);
	for (int i = 0; i < 4; i++)
		a[i] = va_arg(ap, unsigned long);
	va_end(ap);
	return syscall_errno(SYS_prctl, option, a[0], a[1], a[2], a[3]);
}

weak int mount(const char *source, const char *target, const char *type, unsigned long flags, const void *data)
{
	return syscall_errno(SYS_mount, source, target, type, flags, data);
}

weak int umount2(const char *target, int flags)
{
	return syscall_errno(SYS_umount2, target, flags);
}

weak int umount(const char *target)
{
	return syscall_errno(SYS_umount2, target, 0);
}

/* The two magic numbers guard against a stray call. */
weak int reboot(int command)
{
	return syscall_errno(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, command, 0);
}

/* The old persona, never an error code: the kernel answers -EINVAL only
 * for a persona it cannot take, and that is what glibc returns too. */
weak int personality(unsigned long persona)
{
	return syscall_errno(SYS_personality, persona);
}
