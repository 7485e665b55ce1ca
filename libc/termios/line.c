/* Line control: drain, flow, flush, break, and the terminal's session and
 * foreground process group, one ioctl each. */
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "internal/defs.h"

/* TCSBRK with a nonzero argument waits for the output to drain and sends
 * no break: the kernel's tcdrain. */
weak int tcdrain(int fd)
{
	return __ioctl(fd, TCSBRK, 1);
}

weak int tcflow(int fd, int action)
{
	return __ioctl(fd, TCXONC, action);
}

weak int tcflush(int fd, int queue)
{
	return __ioctl(fd, TCFLSH, queue);
}

/* A zero duration is the standard 0.25-0.5 s break (TCSBRK 0); glibc
 * passes any other in units of 100 ms to TCSBRKP. */
weak int tcsendbreak(int fd, int duration)
{
	if (duration <= 0)
		return __ioctl(fd, TCSBRK, 0);
	return __ioctl(fd, TCSBRKP, (duration + 99) / 100);
}

weak pid_t tcgetsid(int fd)
{
	pid_t sid;
	return __ioctl(fd, TIOCGSID, &sid) < 0 ? -1 : sid;
}

weak pid_t tcgetpgrp(int fd)
{
	pid_t group;
	return __ioctl(fd, TIOCGPGRP, &group) < 0 ? -1 : group;
}

weak int tcsetpgrp(int fd, pid_t group)
{
	return __ioctl(fd, TIOCSPGRP, &group);
}
