/* The line speed: a B* code in c_cflag's CBAUD bits (B0 ... B4000000), kept
 * in c_ispeed and c_ospeed too as glibc does.  An input speed of B0 means
 * "the same as the output speed" (POSIX), so it leaves c_cflag alone. */
#include <errno.h>
#include <termios.h>
#include "internal/defs.h"

static int valid(speed_t speed)
{
	if (speed & ~(speed_t)CBAUD) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

weak speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

weak speed_t cfgetispeed(const struct termios *t)
{
	return cfgetospeed(t);
}

weak int cfsetospeed(struct termios *t, speed_t speed)
{
	if (!valid(speed))
		return -1;
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	t->c_ospeed = speed;
	return 0;
}

weak int cfsetispeed(struct termios *t, speed_t speed)
{
	if (!valid(speed))
		return -1;
	if (speed)
		t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	t->c_ispeed = speed;
	return 0;
}

weak int cfsetspeed(struct termios *t, speed_t speed)
{
	if (!valid(speed))
		return -1;
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	t->c_ispeed = t->c_ospeed = speed;
	return 0;
}
