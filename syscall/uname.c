/* The system's names: uname and gethostname (the nodename field). */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

int __uname(struct utsname *u)
{
	return syscall_errno(SYS_uname, u);
}
weak_alias(__uname, uname);

/* A name longer than the buffer is ENAMETOOLONG, with as much as fits
 * copied (unterminated), as in glibc. */
weak int gethostname(char *name, size_t size)
{
	struct utsname u;
	size_t n;

	if (__uname(&u) < 0)
		return -1;
	n = __strnlen(u.nodename, sizeof u.nodename) + 1;
	memcpy(name, u.nodename, n < size ? n : size);
	if (n > size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

/* The NIS domain name, from uname; a buffer too small gets as much as
 * fits, as glibc gives it (no error). */
weak int getdomainname(char *name, size_t size)
{
	struct utsname u;
	size_t n;

	if (__uname(&u) < 0)
		return -1;
	n = __strnlen(u.domainname, sizeof u.domainname) + 1;
	memcpy(name, u.domainname, n < size ? n : size);
	return 0;
}

weak int sethostname(const char *name, size_t size)
{
	return syscall_errno(SYS_sethostname, name, size);
}

weak int setdomainname(const char *name, size_t size)
{
	return syscall_errno(SYS_setdomainname, name, size);
}
