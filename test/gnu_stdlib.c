/* The BSD, SVID and GNU <stdlib.h> extensions: canonicalize_file_name,
 * getloadavg (against /proc/loadavg), getsubopt (names, values, unknown
 * and empty suboptions), mkstemps and mkostemps (the suffix kept, the
 * flags, bad templates), rpmatch in the C locale, and secure_getenv (in
 * a set-user-ID copy of this test too, where it must say NULL). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* A NULL the compiler cannot see (glibc marks the arguments nonnull). */
static void *null(void)
{
	void *volatile p = 0;

	return p;
}

static char dir[64];

static void test_canonicalize(void)
{
	char path[128], link[128], *got;

	snprintf(path, sizeof path, "%s/a", dir);
	CHECK_INT(mkdir(path, 0700), 0);
	snprintf(link, sizeof link, "%s/l", dir);
	CHECK_INT(symlink("a/../a/.", link), 0);
	snprintf(path, sizeof path, "%s//l/./", dir);
	got = canonicalize_file_name(path);
	snprintf(path, sizeof path, "%s/a", dir);
	CHECK_STR(got, path);
	free(got);
	got = canonicalize_file_name("/");
	CHECK_STR(got, "/");
	free(got);
	errno = 0;
	snprintf(path, sizeof path, "%s/missing/x", dir);
	CHECK(canonicalize_file_name(path) == 0);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(canonicalize_file_name("") == 0);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(canonicalize_file_name(null()) == 0);
	CHECK_INT(errno, EINVAL);
	unlink(link);
	snprintf(path, sizeof path, "%s/a", dir);
	rmdir(path);
}

static void test_getloadavg(void)
{
	double l[4] = { -1, -1, -1, -1 }, want[3];
	char buf[128];
	int fd = open("/proc/loadavg", O_RDONLY), n;

	CHECK(fd >= 0);
	n = (int)read(fd, buf, sizeof buf - 1);
	close(fd);
	CHECK(n > 0);
	buf[n > 0 ? n : 0] = 0;
	CHECK_INT(sscanf(buf, "%lf %lf %lf", &want[0], &want[1], &want[2]), 3);
	CHECK_INT(getloadavg(l, 4), 3);                   /* at most three */
	CHECK(l[3] == -1);
	/* The load may move between the two reads: to within 0.5. */
	for (int i = 0; i < 3; i++)
		CHECK(l[i] >= 0 && l[i] > want[i] - 0.5 && l[i] < want[i] + 0.5);
	l[0] = l[1] = -1;
	CHECK_INT(getloadavg(l, 1), 1);
	CHECK(l[0] >= 0 && l[1] == -1);
	l[0] = -1;
	CHECK_INT(getloadavg(l, 0), 0);
	CHECK_INT(getloadavg(l, -1), 0);                  /* glibc: none read */
	CHECK(l[0] == -1);
}

static void test_getsubopt(void)
{
	char *const tokens[] = { "ro", "rw", "size", "", 0 };
	char opts[] = "rw,size=64k,bogus=1,,ro,size,=x,sizes=2";
	char *p = opts, *value = (char *)1;

	CHECK_INT(getsubopt(&p, tokens, &value), 1);
	CHECK(value == 0);
	CHECK_STR(p, "size=64k,bogus=1,,ro,size,=x,sizes=2");
	CHECK_INT(getsubopt(&p, tokens, &value), 2);
	CHECK_STR(value, "64k");
	CHECK_INT(getsubopt(&p, tokens, &value), -1);     /* not a token */
	CHECK_STR(value, "bogus=1");
	CHECK_INT(getsubopt(&p, tokens, &value), 3);      /* "" names the empty one */
	CHECK(value == 0);
	CHECK_INT(getsubopt(&p, tokens, &value), 0);
	CHECK(value == 0);
	CHECK_INT(getsubopt(&p, tokens, &value), 2);      /* size with no value */
	CHECK(value == 0);
	CHECK_INT(getsubopt(&p, tokens, &value), 3);
	CHECK_STR(value, "x");
	CHECK_INT(getsubopt(&p, tokens, &value), -1);     /* a prefix is not a match */
	CHECK_STR(value, "sizes=2");
	CHECK_STR(p, "");
	value = (char *)1;
	CHECK_INT(getsubopt(&p, tokens, &value), -1);     /* the end: nothing taken */
	CHECK(value == (char *)1);
	CHECK_STR(p, "");
}

static void check_temp(char *template, int suffixlen, int flags, const char *suffix)
{
	size_t n = strlen(template);
	int fd = flags < 0 ? mkstemps(template, suffixlen) : mkostemps(template, suffixlen, flags);
	struct stat st;

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK_STR(template + n - strlen(suffix), suffix);
	CHECK(strstr(template, "XXXXXX") == 0);
	CHECK_INT(strlen(template), n);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	CHECK_INT(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
	CHECK_INT(!!(fcntl(fd, F_GETFD) & FD_CLOEXEC), flags > 0 && (flags & O_CLOEXEC));
	CHECK_INT(!!(fcntl(fd, F_GETFL) & O_APPEND), flags > 0 && (flags & O_APPEND));
	CHECK_INT(write(fd, "x", 1), 1);
	CHECK_INT(access(template, F_OK), 0);
	close(fd);
	unlink(template);
}

static void test_mkstemps(void)
{
	char t[128], keep[128];

	snprintf(t, sizeof t, "%s/fooXXXXXX.txt", dir);
	check_temp(t, 4, -1, ".txt");
	snprintf(t, sizeof t, "%s/fooXXXXXX", dir);
	check_temp(t, 0, -1, "");
	snprintf(t, sizeof t, "%s/XXXXXXXXXX", dir);      /* only the last six */
	check_temp(t, 4, -1, "XXXX");
	snprintf(t, sizeof t, "%s/barXXXXXX.c", dir);
	check_temp(t, 2, O_CLOEXEC, ".c");
	snprintf(t, sizeof t, "%s/barXXXXXX.log", dir);
	check_temp(t, 4, O_APPEND | O_RDONLY, ".log");    /* the access mode stays O_RDWR */
	snprintf(t, sizeof t, "%s/barXXXXXX", dir);
	check_temp(t, 0, 0, "");

	/* Bad templates: EINVAL, and the template as it was. */
	static const struct { const char *name; int suffixlen; } bad[] = {
		{ "fooXXXXXX.txt", 3 }, { "fooXXXXXX.txt", 5 }, { "fooXXXXXX", -1 },
		{ "fooXXXXX.c", 2 }, { "XXXXXX", 1 }, { "XXXXX", 0 }, { "", 0 },
		{ "XXXXXX.c", 100 }, { "XXXXXX", INT_MAX },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		strcpy(t, bad[i].name);
		strcpy(keep, t);
		errno = 0;
		CHECK_INT(mkstemps(t, bad[i].suffixlen), -1);
		CHECK_INT(errno, EINVAL);
		CHECK_STR(t, keep);
		errno = 0;
		CHECK_INT(mkostemps(t, bad[i].suffixlen, O_CLOEXEC), -1);
		CHECK_INT(errno, EINVAL);
		CHECK_STR(t, keep);
	}
	/* A directory that is not there: open's ENOENT. */
	strcpy(t, "/nonexistent-taskrt/XXXXXX.c");
	errno = 0;
	CHECK_INT(mkstemps(t, 2), -1);
	CHECK_INT(errno, ENOENT);
}

static void test_rpmatch(void)
{
	CHECK_INT(rpmatch("y"), 1);
	CHECK_INT(rpmatch("Yes"), 1);
	CHECK_INT(rpmatch("yadda"), 1);
	CHECK_INT(rpmatch("n"), 0);
	CHECK_INT(rpmatch("No way"), 0);
	CHECK_INT(rpmatch(""), -1);
	CHECK_INT(rpmatch(" y"), -1);                     /* anchored at the start */
	CHECK_INT(rpmatch("ja"), -1);
	CHECK_INT(rpmatch("1"), -1);
	CHECK_INT(rpmatch("\xff"), -1);
}

/* In a copy of this test that is set-user-ID to nobody, and so started
 * with AT_SECURE: run as the child, it exits 0 when secure_getenv says
 * NULL and getenv does not. */
static int secure_child(void)
{
	return !(getenv("TASKRT_SECURE_PROBE") && !secure_getenv("TASKRT_SECURE_PROBE"));
}

static void test_secure_getenv(const char *self)
{
	char copy[128], cmd[1024];
	const char *mode = getenv("TASKRT_TEST_MODE");
	pid_t pid;

	CHECK(setenv("TASKRT_SECURE_PROBE", "x", 1) == 0);
	CHECK_STR(secure_getenv("TASKRT_SECURE_PROBE"), "x");
	CHECK(secure_getenv("TASKRT_NOT_SET_ANYWHERE") == 0);
	CHECK(secure_getenv("TASKRT_SECURE_PROBE=") == 0);

	/* The AT_SECURE case needs root (to give the copy away), a file
	 * system without nosuid, and the kernel to run the binary itself (not
	 * qemu-user, which passes on its own AT_SECURE). */
	if (getuid() != 0 || (mode && !strcmp(mode, "qemu"))) {
		check_puts("secure_getenv: the set-user-ID case not run (needs root, natively)\n");
		return;
	}
	snprintf(copy, sizeof copy, "%s/suid", dir);
	snprintf(cmd, sizeof cmd, "cp '%.500s' '%s' && chown 65534 '%s' && chmod 4755 '%s'", self, copy, copy, copy);
	if (strlen(self) > 500 || system(cmd) != 0) {
		check_puts("secure_getenv: the set-user-ID case not run (no set-user-ID copy)\n");
		return;
	}
	pid = fork();
	if (pid == 0) {
		execl(copy, copy, "secure", (char *)0);
		_exit(99);
	}
	CHECK_INT(check_exit_status(pid), 0);
	unlink(copy);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "secure"))
		return secure_child();
	snprintf(dir, sizeof dir, "/tmp/taskrt-gnu_stdlib-%d", (int)getpid());
	CHECK_INT(mkdir(dir, 0700), 0);
	CHECK_INT(chmod(dir, 0755), 0);       /* the set-user-ID copy runs as nobody */
	test_canonicalize();
	test_getloadavg();
	test_getsubopt();
	test_mkstemps();
	test_rpmatch();
	test_secure_getenv(argv[0]);
	CHECK_INT(rmdir(dir), 0);
	return check_done();
}
