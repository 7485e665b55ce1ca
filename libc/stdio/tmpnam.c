#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "internal/stdio.h"
#include "internal/syscall.h"

/* "/tmp/tmpf" and six random letters and digits (getrandom), a name that
 * does not exist at the time of the call; s (L_tmpnam bytes), or a
 * static array for NULL.  NULL (EEXIST) if a hundred tries all exist. */
char *__tmpnam(char *s)
{
	static char own[L_tmpnam];
	static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	char *p = s ? s : own;
	struct stat st;
	unsigned char r[6];

	__builtin_memcpy(p, "/tmp/tmpfXXXXXX", 16);
	for (int i = 0; i < 100; i++) {
		if (__syscall(SYS_getrandom, r, sizeof r, 0) != sizeof r)
			for (int j = 0; j < 6; j++)
				r[j] = (unsigned char)((unsigned long)&st >> j * 3) + i * 7 + j;
		for (int j = 0; j < 6; j++)
			p[9 + j] = chars[r[j] % 62];
		if (__fstatat(AT_FDCWD, p, &st, AT_SYMLINK_NOFOLLOW) < 0 && errno == ENOENT)
			return p;
	}
	errno = EEXIST;
	return 0;
}

char *tmpnam(char *s)
{
	return __tmpnam(s);
}
