/* glob in a fresh directory: sorting, hidden names, GLOB_MARK, trailing
 * '/', several levels, escapes, NOCHECK, APPEND with DOOFFS, errfunc and
 * GLOB_ERR, and glibc's answers to the corners (a literal dangling
 * symlink matches, "d//x" keeps its slashes); then many rounds that
 * must leak neither descriptors nor memory mappings. */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "check.h"

static char seen[256];

static int on_error(const char *path, int error)
{
	snprintf(seen, sizeof seen, "%s:%d", path, error);
	return 0;
}

static int stop(const char *path, int error)
{
	(void)path, (void)error;
	return 1;
}

/* The return value, then each path in brackets. */
static const char *g(const char *pattern, int flags)
{
	static char out[512];
	glob_t gl;
	int r = glob(pattern, flags, on_error, &gl);
	size_t n = (size_t)sprintf(out, "%d", r);

	if (r == 0) {
		for (size_t i = 0; i < gl.gl_pathc; i++)
			n += (size_t)sprintf(out + n, " [%s]", gl.gl_pathv[i]);
		CHECK(gl.gl_pathv[gl.gl_pathc] == NULL);
		globfree(&gl);
	}
	return out;
}

static void touch(const char *path)
{
	close(open(path, O_CREAT | O_WRONLY, 0644));
}

int main(void)
{
	char dir[] = "/tmp/taskrt-glob-XXXXXX", want[256];
	int fds, maps;
	glob_t gl;

	CHECK(mkdtemp(dir) != NULL);
	CHECK(chdir(dir) == 0);
	mkdir("dir1", 0755);
	mkdir("dir2", 0755);
	touch("a.c"), touch("b.c"), touch(".hidden.c"), touch("dir1/x.c"), touch("dir2/y.h");
	touch("st*r");
	symlink("dir1", "link");
	symlink("nowhere", "dangling");

	CHECK_STR(g("*", 0), "0 [a.c] [b.c] [dangling] [dir1] [dir2] [link] [st*r]");
	CHECK_STR(g("*", GLOB_MARK), "0 [a.c] [b.c] [dangling] [dir1/] [dir2/] [link/] [st*r]");
	CHECK_STR(g(".*", 0), "0 [.] [..] [.hidden.c]");
	CHECK_STR(g("*.c", GLOB_PERIOD), "0 [.hidden.c] [a.c] [b.c]");
	CHECK_STR(g("*/", 0), "0 [dir1/] [dir2/] [link/]");
	CHECK_STR(g("*/", GLOB_MARK), "0 [dir1//] [dir2//] [link//]");
	CHECK_STR(g("d*/*.c", 0), "0 [dir1/x.c]");
	CHECK_STR(g("*/*", 0), "0 [dir1/x.c] [dir2/y.h] [link/x.c]");
	CHECK_STR(g("*1/x*", 0), "0 [dir1/x.c]");
	CHECK_STR(g("dir1//*", 0), "0 [dir1//x.c]");
	CHECK_STR(g("./*.c", 0), "0 [./a.c] [./b.c]");
	CHECK_STR(g("[ab].c", 0), "0 [a.c] [b.c]");
	CHECK_STR(g("a[.c", 0), "3");
	/* Literal names: they must exist (lstat: a dangling link does). */
	CHECK_STR(g("a.c", 0), "0 [a.c]");
	CHECK_STR(g("\\a.c", 0), "0 [a.c]");
	CHECK_STR(g("zz", 0), "3");
	CHECK_STR(g("dangling", GLOB_MARK), "0 [dangling]");
	CHECK_STR(g("link", GLOB_MARK), "0 [link/]");
	CHECK_STR(g("dir1/", 0), "0 [dir1/]");
	CHECK_STR(g("st\\*r", 0), "0 [st*r]");
	CHECK_STR(g("st\\*r", GLOB_NOESCAPE), "3");
	/* No match. */
	CHECK_STR(g("nomatch*", 0), "3");
	CHECK_STR(g("nomatch*", GLOB_NOCHECK), "0 [nomatch*]");
	CHECK_STR(g("st\\*", GLOB_NOCHECK), "0 [st\\*]");
	CHECK_STR(g("d*/", GLOB_NOCHECK), "0 [dir1/] [dir2/]");
	/* glibc's extensions. */
	CHECK_STR(g("{b,a}.c", GLOB_BRACE), "0 [b.c] [a.c]");
	CHECK_STR(g("{a,zz}.c", GLOB_BRACE), "0 [a.c]");
	CHECK_STR(g("{zz,yy}", GLOB_BRACE), "3");
	CHECK_STR(g("{zz,yy}", GLOB_BRACE | GLOB_NOCHECK), "0 [{zz,yy}]");
	CHECK_STR(g("{a.c", GLOB_BRACE), "3");
	CHECK_STR(g("a{,.c}", GLOB_BRACE), "0 [a.c]");
	CHECK_STR(g("d{ir{1,2},x}", GLOB_BRACE), "0 [dir1] [dir2]");
	CHECK_STR(g("\\{a.c}", GLOB_BRACE), "3");
	CHECK_STR(g("zz", GLOB_NOMAGIC), "0 [zz]");
	CHECK_STR(g("zz*", GLOB_NOMAGIC), "3");
	CHECK_STR(g("*", GLOB_ONLYDIR), "0 [dir1] [dir2] [link]");
	CHECK_STR(g("d*", GLOB_ONLYDIR | GLOB_MARK), "0 [dir1/] [dir2/]");
	/* (A static glibc looks users up through NSS, which crashes it:
	 * these are glibc's answers from a dynamic build.) */
	TASKRT_ONLY(CHECK_STR(g("~nosuchuser", GLOB_TILDE), "0 [~nosuchuser]"));
	TASKRT_ONLY(CHECK_STR(g("~nosuchuser", GLOB_TILDE_CHECK), "3"));
	/* (Where /etc/passwd has root with home /root: not in an initramfs.) */
	TASKRT_ONLY(if (access("/etc/passwd", R_OK) == 0 && access("/root", F_OK) == 0)
		CHECK_STR(g("~root/", GLOB_TILDE), "0 [/root/]"));
	CHECK_STR(g("~", 0), "3");
	CHECK_STR(g("\\~", GLOB_TILDE), "3");
	setenv("HOME", dir, 1);
	CHECK_STR(g("~/*.c", GLOB_TILDE), (snprintf(want, sizeof want, "0 [%s/a.c] [%s/b.c]", dir, dir), want));
	CHECK_STR(g("~", GLOB_TILDE | GLOB_MARK), (snprintf(want, sizeof want, "0 [%s/]", dir), want));
	CHECK_INT(glob("*.c", 0, 0, &gl), 0);
	CHECK(gl.gl_flags & GLOB_MAGCHAR);
	globfree(&gl);
	CHECK_INT(glob("a.c", 0, 0, &gl), 0);
	CHECK(!(gl.gl_flags & GLOB_MAGCHAR));
	globfree(&gl);
	/* Unreadable directories: ENOTDIR is no error, others go to errfunc. */
	seen[0] = 0;
	CHECK_STR(g("a.c/*", 0), "3");
	CHECK_STR(seen, "");
	CHECK_STR(g("missing/x", 0), "3");
	CHECK_STR(seen, "");
	CHECK_STR(g("missing/*", 0), "3");
	CHECK_STR(seen, "missing:2");
	CHECK_STR(g("missing/*", GLOB_ERR), "2");
	CHECK_INT(glob("missing/*", 0, stop, &gl), GLOB_ABORTED);
	globfree(&gl);
	/* NOSORT keeps them all, in some order. */
	CHECK_INT(glob("*.c", GLOB_NOSORT, 0, &gl), 0);
	CHECK_INT(gl.gl_pathc, 2);
	globfree(&gl);

	/* DOOFFS and APPEND: the NULLs first, then each call's sorted run. */
	gl.gl_offs = 2;
	CHECK_INT(glob("b*", GLOB_DOOFFS, 0, &gl), 0);
	CHECK_INT(glob("a*", GLOB_DOOFFS | GLOB_APPEND, 0, &gl), 0);
	CHECK_INT(gl.gl_pathc, 2);
	CHECK(gl.gl_pathv[0] == NULL && gl.gl_pathv[1] == NULL && gl.gl_pathv[4] == NULL);
	CHECK_STR(gl.gl_pathv[2], "b.c");
	CHECK_STR(gl.gl_pathv[3], "a.c");
	globfree(&gl);
	gl.gl_offs = 1;
	CHECK_INT(glob("zzz*", GLOB_DOOFFS, 0, &gl), GLOB_NOMATCH);
	CHECK(gl.gl_pathv != NULL && gl.gl_pathv[0] == NULL);
	globfree(&gl);
	CHECK_INT(glob("zzz*", 0, 0, &gl), GLOB_NOMATCH);
	CHECK_INT(gl.gl_pathc, 0);
	globfree(&gl);

	fds = check_count_fds();
	maps = check_count_mappings();
	for (int i = 0; i < 2000; i++) {
		CHECK_INT(glob("*/*", GLOB_MARK, 0, &gl), 0);
		globfree(&gl);
		CHECK_INT(glob("nothing*", 0, 0, &gl), GLOB_NOMATCH);
		globfree(&gl);
	}
	CHECK_INT(check_count_fds(), fds);
	CHECK(check_count_mappings() <= maps + 1);

	unlink("a.c"), unlink("b.c"), unlink(".hidden.c"), unlink("dir1/x.c"), unlink("dir2/y.h");
	unlink("st*r"), unlink("link"), unlink("dangling");
	rmdir("dir1"), rmdir("dir2");
	CHECK(chdir("/") == 0);
	CHECK(rmdir(dir) == 0);
	return check_done();
}
