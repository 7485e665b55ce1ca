#include <fcntl.h>
#include <unistd.h>
#include "internal/stdio.h"
#include "internal/syscall.h"

/* A file with no name, open for reading and writing, gone when closed:
 * O_TMPFILE in P_tmpdir, or, where the file system cannot, a fresh name
 * unlinked at once. */
FILE *tmpfile(void)
{
	char name[L_tmpnam];
	int fd = __open("/tmp", O_TMPFILE | O_RDWR | O_EXCL, 0600);
	FILE *f;

	for (int i = 0; fd < 0 && i < 100 && __tmpnam(name); i++) {
		fd = __open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0)
			__syscall(SYS_unlinkat, AT_FDCWD, name, 0);
	}
	if (fd < 0)
		return 0;
	f = __stdio_new(fd, O_RDWR, STDIO_BUFSIZ, 0);
	if (!f)
		__close(fd);
	return f;
}
