/* <sys/ioctl.h>: ioctl and the terminal requests (the kernel's
 * <asm/ioctls.h>, with the _IO* macros that build some of them). */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <bits/ioctl.h>

/* TIOCGWINSZ/TIOCSWINSZ: the kernel's struct winsize. */
struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

/* The request is an unsigned long, as in glibc; the one optional argument
 * is whatever that request takes (an int, or a pointer). */
int ioctl(int fd, unsigned long request, ...);

#endif
