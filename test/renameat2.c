/* renameat2: RENAME_NOREPLACE refuses an existing target (EEXIST) and
 * renames onto a free name; RENAME_EXCHANGE swaps two names; flags 0 is
 * renameat.  Bad input: unknown flags are EINVAL, a missing source
 * ENOENT. */
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static void put(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
}

static char got[16];
static const char *get(const char *path)
{
	int fd = open(path, O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, got, sizeof got - 1);
	got[n < 0 ? 0 : n] = 0;
	if (fd >= 0)
		close(fd);
	return got;
}

int main(void)
{
	char dir[] = "/tmp/renameat2-XXXXXX";
	CHECK(mkdtemp(dir) != 0);
	int d = open(dir, O_RDONLY | O_DIRECTORY);
	CHECK(d >= 0);
	CHECK_INT(fchdir(d), 0);
	put("a", "A");
	put("b", "B");

	errno = 0;
	CHECK_INT(renameat2(d, "a", d, "b", RENAME_NOREPLACE), -1);
	if (errno == EINVAL || errno == ENOSYS) {
		unlink("a"), unlink("b"), rmdir(dir);
		check_skip("this kernel or file system has no renameat2 flags");
	}
	CHECK_INT(errno, EEXIST);
	CHECK_INT(renameat2(d, "a", d, "c", RENAME_NOREPLACE), 0);
	CHECK_STR(get("c"), "A");
	CHECK_INT(renameat2(AT_FDCWD, "b", AT_FDCWD, "c", RENAME_EXCHANGE), 0);
	CHECK_STR(get("c"), "B");
	CHECK_STR(get("b"), "A");
	CHECK_INT(renameat2(d, "b", d, "c", 0), 0);          /* a plain rename */
	CHECK_STR(get("c"), "A");

	errno = 0;
	CHECK_INT(renameat2(d, "c", d, "e", 0x80000000u), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(renameat2(d, "nothing", d, "e", 0), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(unlink("c"), 0);
	CHECK_INT(chdir("/"), 0);
	CHECK_INT(rmdir(dir), 0);
	close(d);
	return check_done();
}
