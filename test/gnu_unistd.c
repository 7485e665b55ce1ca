/* The BSD and GNU <unistd.h> extensions: euidaccess and eaccess (also
 * from a set-user-ID copy of this test, where the effective id is not
 * the real one), getdtablesize against RLIMIT_NOFILE, and group_member
 * against getgroups (with a list longer than its stack buffer, set as
 * root in a child). */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char dir[64], secret[96];

static int run_natively_as_root(void)
{
	const char *mode = getenv("TASKRT_TEST_MODE");

	return getuid() == 0 && !(mode && !strcmp(mode, "qemu"));
}

/* In a copy of this test set-user-ID to nobody: the real id is root,
 * the effective one nobody, so access() may read `secret` (root's,
 * 0600) and euidaccess may not.  Exit 0 when both say so. */
static int euid_child(const char *path)
{
	return !(geteuid() != getuid() && access(path, R_OK) == 0
	         && euidaccess(path, R_OK) == -1 && errno == EACCES
	         && eaccess(path, F_OK) == 0);
}

static void test_euidaccess(const char *self)
{
	char path[128], copy[128], cmd[1024];
	pid_t pid;
	int fd;

	snprintf(secret, sizeof secret, "%s/secret", dir);
	fd = open(secret, O_WRONLY | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	close(fd);
	CHECK_INT(euidaccess(secret, R_OK | W_OK), 0);
	CHECK_INT(eaccess(secret, F_OK), 0);
	errno = 0;
	CHECK_INT(euidaccess(secret, X_OK), -1);          /* no x bit: even root */
	CHECK_INT(errno, EACCES);
	errno = 0;
	CHECK_INT(eaccess(secret, X_OK), -1);
	CHECK_INT(errno, EACCES);
	snprintf(path, sizeof path, "%s/missing", dir);
	errno = 0;
	CHECK_INT(euidaccess(path, F_OK), -1);
	CHECK_INT(errno, ENOENT);
	snprintf(path, sizeof path, "%s/x", secret);
	errno = 0;
	CHECK_INT(eaccess(path, R_OK), -1);
	CHECK_INT(errno, ENOTDIR);
	errno = 0;
	CHECK_INT(euidaccess("", F_OK), -1);
	CHECK_INT(errno, ENOENT);

	if (!run_natively_as_root()) {
		check_puts("euidaccess: the set-user-ID case not run (needs root, natively)\n");
		return;
	}
	snprintf(copy, sizeof copy, "%s/suid", dir);
	snprintf(cmd, sizeof cmd, "cp '%.500s' '%s' && chown 65534 '%s' && chmod 4755 '%s'", self, copy, copy, copy);
	if (strlen(self) > 500 || system(cmd) != 0) {
		check_puts("euidaccess: the set-user-ID case not run (no set-user-ID copy)\n");
		return;
	}
	pid = fork();
	if (pid == 0) {
		execl(copy, copy, "euid", secret, (char *)0);
		_exit(99);
	}
	CHECK_INT(check_exit_status(pid), 0);
	unlink(copy);
}

static void test_getdtablesize(void)
{
	struct rlimit old, low;

	CHECK_INT(getrlimit(RLIMIT_NOFILE, &old), 0);
	CHECK_INT(getdtablesize(), old.rlim_cur > 0x7fffffff ? 0x7fffffff : (long long)old.rlim_cur);
	low = old;
	low.rlim_cur = 100;
	CHECK_INT(setrlimit(RLIMIT_NOFILE, &low), 0);
	CHECK_INT(getdtablesize(), 100);
	CHECK_INT(setrlimit(RLIMIT_NOFILE, &old), 0);
	CHECK_INT(getdtablesize(), old.rlim_cur > 0x7fffffff ? 0x7fffffff : (long long)old.rlim_cur);
}

/* Whether each of list[0..n) is a member, and `other` is not. */
static int members(const gid_t *list, int n, gid_t other)
{
	int ok = group_member(other) == 0;

	for (int i = 0; i < n; i++)
		ok &= group_member(list[i]) == 1;
	return ok;
}

static void test_group_member(void)
{
	gid_t list[64], other = 4000;
	int n = getgroups(64, list);
	pid_t pid;

	CHECK(n >= 0);
	for (int i = 0; i < n; i++)                      /* a gid not in the list */
		if (list[i] == other)
			other++, i = -1;
	CHECK(members(list, n, other));

	if (getuid() != 0) {
		check_puts("group_member: the long list not tried (setgroups needs root)\n");
		return;
	}
	/* In a child, as root: 40 groups (more than group_member keeps on
	 * its stack), and the effective gid outside them, which is then not a
	 * member (getgroups' list is all that counts, as in glibc). */
	pid = fork();
	if (pid == 0) {
		gid_t many[40];

		for (int i = 0; i < 40; i++)
			many[i] = 5000 + 3 * i;
		if (setgroups(40, many) != 0)
			_exit(2);
		_exit(!(members(many, 40, 5001) && getegid() < 5000 && !group_member(getegid())));
	}
	CHECK_INT(check_exit_status(pid), 0);
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "euid"))
		return euid_child(argv[2]);
	snprintf(dir, sizeof dir, "/tmp/taskrt-gnu_unistd-%d", (int)getpid());
	CHECK_INT(mkdir(dir, 0755), 0);
	test_euidaccess(argv[0]);
	test_getdtablesize();
	test_group_member();
	unlink(secret);
	CHECK_INT(rmdir(dir), 0);
	return check_done();
}
