/* <termios.h>: the terminal interface.
 *
 * struct termios is glibc's: the kernel's four flag words, line discipline
 * and 19 control characters, then 13 spare c_cc slots (NCCS is 32) and the
 * two speeds (the kernel's own on powerpc, whose kernel struct differs:
 * arch/<arch>/termios_struct.h, copied into <bits/termios_struct.h>).  The TCGETS/TCSETS ioctls read and write the kernel's part,
 * the front of this one, so no copying is needed; the speeds live in
 * c_cflag's CBAUD bits, and c_ispeed/c_ospeed mirror them as in glibc. */
#ifndef _TERMIOS_H
#define _TERMIOS_H

#include <features.h>
#include <bits/types.h>
#include <bits/termios.h>   /* flag bits, B*, V*, TCSA*: the kernel's <asm/termbits.h> */

typedef unsigned char cc_t;
typedef unsigned int  speed_t;
typedef unsigned int  tcflag_t;

#include <bits/termios_struct.h>   /* NCCS, struct termios: the arch's layout */

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int action, const struct termios *t);
speed_t cfgetispeed(const struct termios *t);
speed_t cfgetospeed(const struct termios *t);
int cfsetispeed(struct termios *t, speed_t speed);
int cfsetospeed(struct termios *t, speed_t speed);
int tcdrain(int fd);
int tcflow(int fd, int action);
int tcflush(int fd, int queue);
int tcsendbreak(int fd, int duration);
pid_t tcgetsid(int fd);
#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE) || !defined(__STRICT_ANSI__)
void cfmakeraw(struct termios *t);
int cfsetspeed(struct termios *t, speed_t speed);
#endif

#endif
