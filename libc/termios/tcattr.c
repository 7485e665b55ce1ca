/* tcgetattr and tcsetattr: the TCGETS/TCSETS* ioctls on the front of
 * glibc's struct termios (<termios.h> says why no copy is needed). */
#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "internal/defs.h"

weak int tcgetattr(int fd, struct termios *t)
{
	if (__ioctl(fd, TCGETS, t) < 0)
		return -1;
	/* The kernel keeps the speeds in c_cflag; glibc mirrors them. */
	t->c_ispeed = t->c_ospeed = t->c_cflag & CBAUD;
	return 0;
}

/* TCSANOW, TCSADRAIN and TCSAFLUSH are consecutive, as are TCSETS,
 * TCSETSW and TCSETSF: 0, 1, 2 on most arches, the ioctl numbers
 * themselves on MIPS. */
weak int tcsetattr(int fd, int action, const struct termios *t)
{
	if (action < TCSANOW || action > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	return __ioctl(fd, TCSETS + (action - TCSANOW), t);
}
