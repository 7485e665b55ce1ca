#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal/defs.h"

/* The system's 1, 5 and 15 minute load averages, the first fields of
 * /proc/loadavg ("0.52 0.58 0.59 1/234 5678"): the first `count` of them
 * (at most 3) go into loadavg[].  Returns how many, or -1 with errno when
 * the file cannot be read or does not look so (count < 0 reads none and
 * returns 0, as glibc does). */
weak int getloadavg(double loadavg[], int count)
{
	char buf[128];
	const char *p = buf;
	int fd = __open("/proc/loadavg", O_RDONLY | O_CLOEXEC), i;
	ssize_t n;

	if (fd < 0)
		return -1;
	n = __read(fd, buf, sizeof buf - 1);
	__close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	if (count > 3)
		count = 3;
	/* Each field is digits, '.', digits: parsed here by hand, since
	 * strtod would follow the locale's decimal point. */
	for (i = 0; i < count; i++) {
		double v = 0, scale = 1;
		const char *start;

		while (*p == ' ')
			p++;
		for (start = p; (unsigned)(*p - '0') < 10; p++)
			v = v * 10 + (*p - '0');
		if (*p == '.')
			for (p++; (unsigned)(*p - '0') < 10; p++)
				v += (*p - '0') * (scale /= 10);
		if (p == start)
			return -1;
		loadavg[i] = v;
	}
	return i;
}
