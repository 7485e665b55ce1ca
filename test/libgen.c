/* <libgen.h>'s basename and dirname (POSIX: they may write into the
 * path) and the GNU basename of <string.h>, which never does: glibc's
 * answers for the corner cases (slashes only, trailing slashes, "//"). */
#define _GNU_SOURCE
#include <string.h>
#include "check.h"

static const char *gnu_basename(const char *path)
{
	return basename(path);          /* before <libgen.h>: the GNU one */
}

#include <libgen.h>

static const struct { const char *path, *base, *dir; } cases[] = {
	{ "/usr/lib", "lib", "/usr" }, { "/usr/", "usr", "/" },
	{ "usr", "usr", "." }, { "/", "/", "/" }, { "//", "/", "//" },
	{ "///", "/", "/" }, { "a//b//", "b", "a" }, { "a/b/c/", "c", "a/b" },
	{ ".", ".", "." }, { "..", "..", "." }, { "", ".", "." },
	{ "//a", "a", "//" }, { "///a//", "a", "/" }, { "a/", "a", "." },
	{ "x//", "x", "." },
};

int main(void)
{
	for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
		char b[32], d[32];

		strcpy(b, cases[i].path);
		strcpy(d, cases[i].path);
		CHECK_STR(basename(b), cases[i].base);
		CHECK_STR(dirname(d), cases[i].dir);
	}
	CHECK_STR(basename(NULL), ".");
	CHECK_STR(dirname(NULL), ".");
	CHECK_STR(gnu_basename("/usr/lib"), "lib");
	CHECK_STR(gnu_basename("/usr/"), "");
	CHECK_STR(gnu_basename("name"), "name");
	CHECK_STR(gnu_basename(""), "");
	return check_done();
}
