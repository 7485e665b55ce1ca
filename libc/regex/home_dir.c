#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/glob.h"

#define PASSWD_MAX (256 << 10)

static int copy(const char *dir, size_t n, char *buf, size_t size)
{
	if (n >= size)
		return -1;
	memcpy(buf, dir, n);
	buf[n] = 0;
	return 0;
}

/* /etc/passwd's lines are name:password:uid:gid:gecos:dir:shell. */
int __home_dir(const char *user, size_t len, char *buf, size_t size)
{
	const char *home = len ? 0 : getenv("HOME");
	char *text, *line, *end;
	int fd, r = -1;
	ssize_t n, got = 0;
	unsigned long uid = __getuid();

	if (home && *home)
		return copy(home, strlen(home), buf, size);
	if ((fd = __open("/etc/passwd", O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	if (!(text = malloc(PASSWD_MAX + 1))) {
		__close(fd);
		return -1;
	}
	while (got < PASSWD_MAX && (n = __read(fd, text + got, (size_t)(PASSWD_MAX - got))) > 0)
		got += n;
	__close(fd);
	text[got] = 0;
	for (line = text; r && *line; line = *end ? end + 1 : end) {
		char *field[7];
		int k = 0;

		end = __strchrnul(line, '\n');
		*end = 0;
		for (char *p = line; k < 7; p++) {
			field[k++] = p;
			if (!(p = strchr(p, ':')))
				break;
			*p = 0;
		}
		if (k < 6)
			continue;
		if (len ? strlen(field[0]) == len && !memcmp(field[0], user, len)
		        : strtoul(field[2], 0, 10) == uid)
			r = copy(field[5], strlen(field[5]), buf, size);
	}
	free(text);
	return r;
}
