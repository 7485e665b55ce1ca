/* confstr: the strings of the system's configuration.
 *
 * _CS_PATH is where the standard utilities are; the width-restricted
 * environments are this data model's, named as glibc names them.  The
 * glibc-only version strings (_CS_GNU_LIBC_VERSION, ...) are EINVAL, as
 * in musl: taskrt is neither glibc nor NPTL, and programs ask these to
 * find out.  The compiler-flag names are known and empty (taskrt-cc
 * needs no flags for 64-bit file offsets).  The return value is the
 * length the whole string needs, with its terminating NUL; at most len
 * bytes are written, always terminated.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "internal/defs.h"

#if __SIZEOF_LONG__ == 8
#define ENVS(v) v "_LP64_OFF64"
#else
#define ENVS(v) v "_ILP32_OFF32\n" v "_ILP32_OFFBIG"
#endif

weak size_t confstr(int name, char *buf, size_t len)
{
	const char *s = "";
	size_t n;

	switch (name) {
	case _CS_PATH:                     s = "/bin:/usr/bin"; break;
	case _CS_V5_WIDTH_RESTRICTED_ENVS: s = ENVS("XBS5"); break;
	case _CS_V6_WIDTH_RESTRICTED_ENVS: s = ENVS("POSIX_V6"); break;
	case _CS_V7_WIDTH_RESTRICTED_ENVS: s = ENVS("POSIX_V7"); break;
	case _CS_V6_ENV:
	case _CS_V7_ENV:                   s = "POSIXLY_CORRECT=1"; break;
	default:
		if ((name >= _CS_LFS_CFLAGS && name <= _CS_LFS64_LINTFLAGS)
		    || (name >= _CS_XBS5_ILP32_OFF32_CFLAGS && name < _CS_V6_ENV))
			break;
		errno = EINVAL;
		return 0;
	}
	n = strlen(s) + 1;
	if (buf && len) {
		size_t copy = n < len ? n : len;

		memcpy(buf, s, copy - 1);
		buf[copy - 1] = 0;
	}
	return n;
}
