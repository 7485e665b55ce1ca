/* <err.h>, <error.h> and program_invocation_name: each call runs in a
 * child whose stderr is a pipe, and the text and exit status must be
 * exactly glibc's ("prog: msg: strerror\n" and friends). */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <error.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

enum { WARN, WARNX, WARN_NULL, WARNX_NULL, VWARN, VWARNX, ERR, ERRX, VERR, VERRX,
       ERROR, ERROR_EXIT, ERROR_NOERRNO, AT_LINE, AT_LINE_NOFILE, ONE_PER_LINE, PRINT_PROGNAME };

static void vcall(int what, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	switch (what) {
	case VWARN: vwarn(fmt, ap); break;
	case VWARNX: vwarnx(fmt, ap); break;
	case VERR: verr(4, fmt, ap);
	case VERRX: verrx(5, fmt, ap);
	}
	va_end(ap);
}

/* program_invocation_name is set before any constructor runs. */
static const char *name_in_constructor;

__attribute__((__constructor__)) static void constructor(void)
{
	name_in_constructor = program_invocation_name;
}

static void my_progname(void)
{
	write(2, "[me]", 4);
}

static void run(int what)
{
	volatile int seven = 7;

	errno = ENOENT;
	switch (what) {
	case WARN: warn("open %s", "x"); break;
	case WARNX: warnx("bad %d", 7); break;
	case WARN_NULL: warn(NULL); break;
	case WARNX_NULL: warnx(NULL); break;
	case VWARN: case VWARNX: case VERR: case VERRX: vcall(what, "v%s", "arg"); break;
	case ERR: err(2, "e%d", 1);
	case ERRX: errx(3, "ex");
	case ERROR: error(0, EACCES, "n=%d", 5); break;
	case ERROR_EXIT: error(6, EINVAL, "bye"); break;
	case ERROR_NOERRNO: error(0, 0, "plain"); break;
	case AT_LINE: error_at_line(0, EPERM, "f.c", 12, "at %s", "line"); break;
	case AT_LINE_NOFILE: error_at_line(0, 0, NULL, 12, "nofile"); break;
	case ONE_PER_LINE:
		error_one_per_line = 1;
		error_at_line(0, 0, "f.c", 1, "one");
		/* Neither printed nor exits (a status the compiler cannot see:
		 * glibc's header calls a _Noreturn twin for a constant one). */
		error_at_line(seven, 0, "f.c", 1, "again");
		error_at_line(0, 0, "f.c", 2, "two");
		error_at_line(0, 0, "g.c", 2, "three");
		if (error_message_count != 3)
			_exit(99);
		break;
	case PRINT_PROGNAME:
		error_print_progname = my_progname;
		error(0, 0, "x");
		break;
	}
	_exit(0);
}

/* what's stderr and exit status in a child. */
static int capture(int what, char *out, size_t size)
{
	int fds[2], status;
	ssize_t n, len = 0;
	pid_t pid;

	if (pipe(fds) != 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		run(what);
	}
	close(fds[1]);
	while ((n = read(fds[0], out + len, size - 1 - len)) > 0)
		len += n;
	out[len] = 0;
	close(fds[0]);
	status = check_exit_status(pid);
	return status;
}

static void expect(int what, int status, const char *want)
{
	char got[512];

	CHECK_INT(capture(what, got, sizeof got), status);
	CHECK_STR(got, want);
}

int main(int argc, char **argv)
{
	const char *slash = strrchr(argv[0], '/');
	const char *s = slash ? slash + 1 : argv[0], *l = argv[0];
	char w[64][256];
	int i = 0;

	(void)argc;
	CHECK_STR(program_invocation_name, argv[0]);
	CHECK(name_in_constructor == program_invocation_name);
	CHECK_STR(program_invocation_short_name, s);
#define W(...) (snprintf(w[i], sizeof w[i], __VA_ARGS__), w[i++])
	expect(WARN, 0, W("%s: open x: No such file or directory\n", s));
	expect(WARNX, 0, W("%s: bad 7\n", s));
	expect(WARN_NULL, 0, W("%s: No such file or directory\n", s));
	expect(WARNX_NULL, 0, W("%s: \n", s));
	expect(VWARN, 0, W("%s: varg: No such file or directory\n", s));
	expect(VWARNX, 0, W("%s: varg\n", s));
	expect(ERR, 2, W("%s: e1: No such file or directory\n", s));
	expect(ERRX, 3, W("%s: ex\n", s));
	expect(VERR, 4, W("%s: varg: No such file or directory\n", s));
	expect(VERRX, 5, W("%s: varg\n", s));
	/* error() names the program by its full argv[0]. */
	expect(ERROR, 0, W("%s: n=5: Permission denied\n", l));
	expect(ERROR_EXIT, 6, W("%s: bye: Invalid argument\n", l));
	expect(ERROR_NOERRNO, 0, W("%s: plain\n", l));
	expect(AT_LINE, 0, W("%s:f.c:12: at line: Operation not permitted\n", l));
	expect(AT_LINE_NOFILE, 0, W("%s: nofile\n", l));
	expect(ONE_PER_LINE, 0, W("%s:f.c:1: one\n%s:f.c:2: two\n%s:g.c:2: three\n", l, l, l));
	expect(PRINT_PROGNAME, 0, "[me]x\n");
	CHECK_INT(error_message_count, 0);
	return check_done();
}
