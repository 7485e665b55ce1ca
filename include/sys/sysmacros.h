/* <sys/sysmacros.h>: device numbers, encoded as glibc encodes them (so a
 * dev_t means the same to a program built with either): the minor's low
 * 8 bits, the major's low 12, then the rest of each. */
#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

#include <bits/types.h>

#define makedev(x, y) ((dev_t)( \
	(((dev_t)(x) & 0x00000fffull) << 8) | (((dev_t)(x) & 0xfffff000ull) << 32) | \
	(((dev_t)(y) & 0x000000ffull) << 0) | (((dev_t)(y) & 0xffffff00ull) << 12)))
#define major(d) ((unsigned)((((dev_t)(d) >> 32) & 0xfffff000u) | (((dev_t)(d) >> 8) & 0x00000fffu)))
#define minor(d) ((unsigned)((((dev_t)(d) >> 12) & 0xffffff00u) | ((dev_t)(d) & 0x000000ffu)))

#endif
