/* <termios.h>, <sys/ioctl.h>, ttyname and the pseudo-terminal calls, on
 * a pty pair of our own: attributes round-trip, cfmakeraw, speeds, the
 * window size, line control, and the errors for a non-terminal. */
#define _GNU_SOURCE   /* cfmakeraw, ptsname_r: for the glibc build */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), master, slave, p[2];
	struct termios t, u;
	struct winsize ws = { 24, 80, 0, 0 }, ws2;
	char name[64], small[4];

	master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0)
		check_skip("no /dev/ptmx here");
	CHECK_INT(grantpt(master), 0);
	CHECK_INT(unlockpt(master), 0);
	CHECK(ptsname(master) != 0);
	CHECK_INT(ptsname_r(master, name, sizeof name), 0);
	CHECK_STR(name, ptsname(master));
	CHECK(strncmp(name, "/dev/pts/", 9) == 0);
	CHECK_INT(ptsname_r(master, small, sizeof small), ERANGE);
	slave = open(name, O_RDWR | O_NOCTTY);
	CHECK(slave >= 0);
	CHECK_INT(isatty(slave), 1);

	/* ttyname names the slave */
	CHECK_STR(ttyname(slave), name);
	CHECK_INT(ttyname_r(slave, small, sizeof small), ERANGE);

	/* attributes: raw mode round-trips */
	CHECK_INT(tcgetattr(slave, &t), 0);
	CHECK(t.c_lflag & ICANON);
	cfmakeraw(&t);
	CHECK_INT(t.c_cc[VMIN], 1);
	CHECK_INT(t.c_cflag & CSIZE, CS8);
	CHECK_INT(tcsetattr(slave, TCSANOW, &t), 0);
	CHECK_INT(tcgetattr(slave, &u), 0);
	CHECK_INT(u.c_lflag & (ICANON | ECHO | ISIG), 0);
	CHECK_INT(u.c_oflag & OPOST, 0);
	CHECK_INT(tcsetattr(slave, TCSADRAIN, &u), 0);
	CHECK_INT(tcsetattr(slave, TCSAFLUSH, &u), 0);

	/* raw: bytes pass through unchanged, no echo */
	CHECK_INT(write(master, "a\r", 2), 2);
	CHECK_INT(read(slave, name, sizeof name), 2);
	CHECK(name[0] == 'a' && name[1] == '\r');

	/* speeds */
	CHECK_INT(cfsetospeed(&t, B9600), 0);
	CHECK_INT(cfgetospeed(&t), B9600);
	CHECK_INT(cfsetispeed(&t, B9600), 0);
	CHECK_INT(cfgetispeed(&t), B9600);
	CHECK_INT(cfsetspeed(&t, B115200), 0);
	CHECK_INT(cfgetospeed(&t), B115200);
	CHECK_INT(tcsetattr(slave, TCSANOW, &t), 0);
	CHECK_INT(tcgetattr(slave, &u), 0);
	CHECK_INT(cfgetospeed(&u), B115200);
	CHECK_INT(cfsetospeed(&t, 12345), -1);  CHECK_INT(errno, EINVAL);

	/* the window size */
	CHECK_INT(ioctl(master, TIOCSWINSZ, &ws), 0);
	CHECK_INT(ioctl(slave, TIOCGWINSZ, &ws2), 0);
	CHECK_INT(ws2.ws_row, 24);
	CHECK_INT(ws2.ws_col, 80);

	/* line control */
	CHECK_INT(tcdrain(slave), 0);
	CHECK_INT(tcflush(slave, TCIOFLUSH), 0);
	CHECK_INT(tcflow(slave, TCOON), 0);
	CHECK_INT(tcsendbreak(slave, 0), 0);
	/* not our controlling terminal */
	CHECK_INT(tcgetsid(slave), -1);          CHECK_INT(errno, ENOTTY);

	/* bad input */
	CHECK_INT(pipe(p), 0);
	CHECK_INT(tcgetattr(p[0], &t), -1);      CHECK_INT(errno, ENOTTY);
	CHECK_INT(tcgetattr(-1, &t), -1);        CHECK_INT(errno, EBADF);
	CHECK_INT(tcsetattr(slave, 7, &u), -1);  CHECK_INT(errno, EINVAL);
	CHECK_INT(isatty(p[0]), 0);              CHECK_INT(errno, ENOTTY);
	CHECK(ttyname(p[0]) == 0);               CHECK_INT(errno, ENOTTY);
	CHECK(ttyname(-1) == 0);                 CHECK_INT(errno, EBADF);
	CHECK_INT(ttyname_r(p[0], name, sizeof name), ENOTTY);
	CHECK_INT(ioctl(p[0], TIOCGWINSZ, &ws2), -1); CHECK_INT(errno, ENOTTY);
	CHECK_INT(unlockpt(-1), -1);             CHECK_INT(errno, EBADF);
	CHECK_INT(grantpt(p[0]), -1);            CHECK_INT(errno, EINVAL);
	CHECK(ptsname(p[0]) == 0);               CHECK_INT(errno, ENOTTY);
	close(p[0]);
	close(p[1]);
	close(slave);
	close(master);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
