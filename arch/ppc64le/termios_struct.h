/* ppc64le's struct termios: the kernel's own (<asm/termbits.h>), as musl
 * has it.  powerpc's kernel puts its 19 control characters before the
 * line discipline and keeps the two speeds itself, and its TCGETS number
 * encodes the size of exactly this struct (44 bytes): so TCGETS/TCSETS
 * read and write it whole, with no copy.  (glibc's powerpc struct has
 * NCCS 32 and converts in its ioctl; a taskrt program is static, so no
 * glibc object ever sees this one.) */
#define NCCS 19

struct termios {
	tcflag_t c_iflag;    /* input modes */
	tcflag_t c_oflag;    /* output modes */
	tcflag_t c_cflag;    /* control modes, the speed in CBAUD */
	tcflag_t c_lflag;    /* local modes */
	cc_t c_cc[NCCS];     /* control characters, indexed by V* */
	cc_t c_line;         /* line discipline */
	speed_t c_ispeed;    /* input speed (a B* code), as glibc */
	speed_t c_ospeed;    /* output speed (a B* code) */
};
