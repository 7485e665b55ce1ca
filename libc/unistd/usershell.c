/* The valid login shells: getusershell, setusershell, endusershell.
 *
 * /etc/shells is read whole into `text` at the first getusershell (or at
 * setusershell), and parsed in place a line at a time as getusershell
 * goes, as glibc reads it: a line's shell starts at its first '/', unless
 * a '#' (a comment) comes first, and ends at white space, '#' or the end
 * of the line; a line with neither is skipped.  With no /etc/shells the
 * list is glibc's fall-back, /bin/sh and /bin/csh.  Not thread-safe (nor
 * is glibc's): one list per process. */
#include <ctype.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/defs.h"

static char *text;          /* the file, or NULL: use `fallback` */
static char *next;          /* where the next line starts in text */
static int opened;          /* the list has been read since the last end */
static int fallback_next;   /* the next of `fallback` to return */
/* (writable copies: getusershell returns char *, and a caller that
 * wrote through it must not write into read-only strings) */
static char sh[] = "/bin/sh", csh[] = "/bin/csh";
static char *const fallback[] = { sh, csh, 0 };

/* The whole of /etc/shells, terminated, in a malloc'ed buffer; NULL if
 * it cannot be read (then the fall-back list stands, as in glibc). */
static char *read_shells(void)
{
	struct stat st;
	char *buf = 0;
	size_t got = 0;
	int fd = __open("/etc/shells", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	if (__fstat(fd, &st) == 0 && (buf = malloc((size_t)st.st_size + 1))) {
		ssize_t n;

		while (got < (size_t)st.st_size && (n = __read(fd, buf + got, st.st_size - got)) > 0)
			got += n;
		buf[got] = 0;
	}
	__close(fd);
	return buf;
}

weak void endusershell(void)
{
	free(text);
	text = next = 0;
	opened = 0;
}

weak void setusershell(void)
{
	endusershell();
	text = next = read_shells();
	fallback_next = 0;
	opened = 1;
}

weak char *getusershell(void)
{
	if (!opened)
		setusershell();
	if (!text)
		return fallback[fallback_next] ? fallback[fallback_next++] : 0;
	while (*next) {
		char *line = next, *end = __strchrnul(line, '\n'), *p = line, *shell;

		next = *end ? end + 1 : end;
		while (p < end && *p != '/' && *p != '#')
			p++;
		if (p == end || *p == '#')
			continue;
		for (shell = p; p < end && !isspace((unsigned char)*p) && *p != '#'; p++)
			;
		*p = 0;
		return shell;
	}
	return 0;
}
