/* getlogin: the name of the user logged in on this session, as glibc
 * finds it: the kernel's audit login uid (/proc/self/loginuid, set by
 * the login service), looked up in /etc/passwd.  A process started
 * outside any login (a container, an init) has none: ENXIO. */
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>
#include "internal/passwd.h"
#include "internal/defs.h"

int __getlogin_r(char *buf, size_t size)
{
	char text[16], entry_buf[1024];
	struct passwd pw, *found;
	unsigned long long uid = 0;
	ssize_t n;
	int fd, r;

	fd = __open("/proc/self/loginuid", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ENXIO;
	n = __read(fd, text, sizeof text - 1);
	__close(fd);
	if (n <= 0)
		return ENXIO;
	for (ssize_t i = 0; i < n && text[i] >= '0' && text[i] <= '9'; i++)
		uid = uid * 10 + (text[i] - '0');
	if (uid >= 0xffffffffu)
		return ENXIO;             /* (uid_t)-1: no login */
	r = __passwd_find(0, uid, &pw, entry_buf, sizeof entry_buf, &found);
	if (r)
		return r;
	if (!found)
		return ENOENT;
	if (strlen(pw.pw_name) >= size)
		return ERANGE;
	strcpy(buf, pw.pw_name);
	return 0;
}
weak_alias(__getlogin_r, getlogin_r);

weak char *getlogin(void)
{
	static char name[LOGIN_NAME_MAX];
	int r = __getlogin_r(name, sizeof name);

	if (r) {
		errno = r;
		return 0;
	}
	return name;
}
