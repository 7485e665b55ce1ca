/* struct termios as glibc lays it out on most arches: the kernel's four
 * flag words, line discipline and 19 control characters (what TCGETS
 * fills), then 13 spare c_cc slots and the two speeds.  Copied into
 * <bits/termios_struct.h> by include/generate.sh; an arch whose kernel
 * orders its struct otherwise (powerpc) has its own. */
#define NCCS 32

struct termios {
	tcflag_t c_iflag;    /* input modes */
	tcflag_t c_oflag;    /* output modes */
	tcflag_t c_cflag;    /* control modes, the speed in CBAUD */
	tcflag_t c_lflag;    /* local modes */
	cc_t c_line;         /* line discipline */
	cc_t c_cc[NCCS];     /* control characters, indexed by V* */
	speed_t c_ispeed;    /* input speed (a B* code), as glibc */
	speed_t c_ospeed;    /* output speed (a B* code) */
};
