/* getusershell, setusershell, endusershell: the list of /etc/shells as
 * glibc parses it (each line's text from its first '/' up to white space
 * or '#'; comments, blank lines and lines without a '/' skipped), the
 * rewind, the re-read after endusershell, and glibc's fall-back
 * "/bin/sh", "/bin/csh" where there is no /etc/shells.  The system's own
 * file is read as it is; the edge cases are run as root in a child with
 * a mount namespace of its own, a file of ours bind-mounted over
 * /etc/shells (and an empty tmpfs over /etc for the missing file). */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>
#include "check.h"

/* The shells of `text`, by glibc's rule, into out[] (NUL-separated in
 * store); returns how many. */
static int expected(const char *text, char *store, const char **out, int max)
{
	int n = 0;

	while (*text && n < max) {
		const char *end = strchr(text, '\n'), *p = text;

		if (!end)
			end = text + strlen(text);
		while (p < end && *p != '/' && *p != '#')
			p++;
		if (p < end && *p == '/') {
			out[n++] = store;
			while (p < end && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\f'
			       && *p != '\v' && *p != '#')
				*store++ = *p++;
			*store++ = 0;
		}
		text = *end ? end + 1 : end;
	}
	return n;
}

/* getusershell's whole list equals want[0..n), twice (setusershell
 * rewinds), and again after endusershell. */
static int same_list(const char *const *want, int n)
{
	int ok = 1;

	for (int round = 0; round < 3; round++) {
		char *s;
		int i = 0;

		if (round == 1)
			setusershell();
		if (round == 2)
			endusershell();
		while ((s = getusershell()) && i < n)
			ok &= !strcmp(s, want[i++]);
		ok &= !s && i == n;
		if (!ok) {
			check_puts("    list differs at "); check_putll(i); check_puts(": ");
			check_puts(s ? s : "(end)"); check_puts("\n");
			return 0;
		}
	}
	endusershell();
	return ok;
}

static void test_system_file(void)
{
	static char text[65536], store[65536];
	static const char *want[4096];
	const char *fallback[] = { "/bin/sh", "/bin/csh" };
	int fd = open("/etc/shells", O_RDONLY), n = 0;
	ssize_t got;

	if (fd < 0) {
		check_puts("usershell: no /etc/shells here: the fall-back list\n");
		CHECK(same_list(fallback, 2));
		return;
	}
	while (n < (int)sizeof text - 1 && (got = read(fd, text + n, sizeof text - 1 - n)) > 0)
		n += got;
	close(fd);
	text[n] = 0;
	n = expected(text, store, want, 4096);
	CHECK(same_list(want, n));
}

/* In the child, whose /etc is a tmpfs of its own: `content` as
 * /etc/shells (NULL: none at all).  3: the file could not be written. */
static int child_case(const char *content, const char *const *want, int n)
{
	int fd;

	unlink("/etc/shells");
	if (content) {
		fd = open("/etc/shells", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || write(fd, content, strlen(content)) != (ssize_t)strlen(content))
			return 3;
		close(fd);
	}
	return !same_list(want, n);
}

static void test_edge_cases(void)
{
	static const struct { const char *content; const char *want[6]; int n; } cases[] = {
		{ "# comment\n/bin/sh\n\n  /bin/bash  \n", { "/bin/sh", "/bin/bash" }, 2 },
		{ "/bin/zsh# trailing comment\n#/bin/no\nnoslash\n", { "/bin/zsh" }, 1 },
		{ "junk/bin/ksh more\n/usr/bin/fish\t\n/last", { "/bin/ksh", "/usr/bin/fish", "/last" }, 3 },
		{ "x # /not/this\n\t/a\r\n", { "/a" }, 1 },
		{ "", { 0 }, 0 },                          /* empty: no shells, no fall-back */
		{ "\n\n#\n", { 0 }, 0 },
		{ 0, { "/bin/sh", "/bin/csh" }, 2 },       /* missing: the fall-back */
	};
	int status;
	pid_t pid;

	if (getuid() != 0) {
		check_puts("usershell: the edge cases not run (a mount namespace needs root)\n");
		return;
	}
	pid = fork();
	if (pid == 0) {
		if (unshare(CLONE_NEWNS) != 0 || mount("none", "/", 0, MS_REC | MS_PRIVATE, 0) != 0)
			_exit(77);
		/* a tmpfs over /etc: /etc/shells may be written, or be missing,
		 * whether or not the machine has one (an initramfs has none) */
		if (mount("none", "/etc", "tmpfs", 0, 0) != 0)
			_exit(4);
		for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
			int r = child_case(cases[i].content, cases[i].want, cases[i].n);

			if (r)
				_exit(10 * (int)i + r);
		}
		_exit(0);
	}
	status = check_exit_status(pid);
	if (status == 77) {
		check_puts("usershell: the edge cases not run (no private mount namespace here)\n");
		return;
	}
	CHECK_INT(status, 0);   /* 4: no tmpfs; 10 * case + 1 (list differs) or 3 (not written) */
}

int main(void)
{
	CHECK(getusershell() != 0 || access("/etc/shells", F_OK) == 0);
	endusershell();
	endusershell();                    /* twice is harmless */
	setusershell();
	test_system_file();
	test_edge_cases();
	return check_done();
}
