/* test skip glibc: static glibc looks users up through NSS modules it dlopens, and crashes here (musl passes) */
/* <pwd.h> and <grp.h> over /etc/passwd and /etc/group, and getlogin:
 * root is uid 0 and gid 0 on every Linux system; an unknown name is no
 * entry (not an error); a small buffer is ERANGE; no descriptor leaks. */
#define _GNU_SOURCE   /* getgrouplist: for the glibc build */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), count, found;
	struct passwd pw, *res, *p;
	struct group gr, *gres, *g;
	char buf[1024], tiny[8], login[256];
	gid_t groups[64];

	p = getpwnam("root");
	CHECK(p != 0);
	if (p) {
		CHECK_INT(p->pw_uid, 0);
		CHECK_INT(p->pw_gid, 0);
		CHECK_STR(p->pw_name, "root");
		CHECK(p->pw_dir[0] == '/');
		CHECK(p->pw_shell != 0);
	}
	p = getpwuid(0);
	CHECK(p != 0);
	if (p)
		CHECK_STR(p->pw_name, "root");
	errno = 0;
	CHECK(getpwnam("taskrt-no-such-user") == 0);
	CHECK(getpwuid(4000000000u) == 0);

	CHECK_INT(getpwnam_r("root", &pw, buf, sizeof buf, &res), 0);
	CHECK(res == &pw);
	CHECK_STR(pw.pw_name, "root");
	CHECK(pw.pw_name >= buf && pw.pw_name < buf + sizeof buf);
	CHECK_INT(getpwuid_r(0, &pw, buf, sizeof buf, &res), 0);
	CHECK(res == &pw);
	CHECK_INT(getpwnam_r("taskrt-no-such-user", &pw, buf, sizeof buf, &res), 0);
	CHECK(res == 0);
	CHECK_INT(getpwnam_r("root", &pw, tiny, sizeof tiny, &res), ERANGE);
	CHECK(res == 0);

	/* enumeration finds root, and starts over after setpwent */
	found = 0;
	setpwent();
	while ((p = getpwent()))
		found += p->pw_uid == 0 && !strcmp(p->pw_name, "root");
	CHECK_INT(found, 1);
	setpwent();
	CHECK(getpwent() != 0);
	endpwent();

	/* groups */
	g = getgrgid(0);
	CHECK(g != 0);
	if (g) {
		CHECK_STR(g->gr_name, "root");
		CHECK(g->gr_mem != 0);
	}
	g = getgrnam("root");
	CHECK(g != 0 && g->gr_gid == 0);
	CHECK(getgrnam("taskrt-no-such-group") == 0);
	CHECK_INT(getgrgid_r(0, &gr, buf, sizeof buf, &gres), 0);
	CHECK(gres == &gr);
	CHECK_INT(getgrnam_r("root", &gr, tiny, sizeof tiny, &gres), ERANGE);
	CHECK(gres == 0);
	found = 0;
	setgrent();
	while ((g = getgrent()))
		found += g->gr_gid == 0;
	CHECK(found >= 1);
	endgrent();

	/* getgrouplist: the given group first; too small a list says how
	 * many it needs */
	count = 64;
	CHECK(getgrouplist("root", 0, groups, &count) >= 1);
	CHECK(count >= 1);
	CHECK_INT(groups[0], 0);
	count = 64;
	CHECK(getgrouplist("taskrt-no-such-user", 1234, groups, &count) == 1);
	CHECK_INT(groups[0], 1234);
	count = 0;
	CHECK_INT(getgrouplist("root", 0, groups, &count), -1);
	CHECK(count >= 1);

	/* getlogin: a name, or no login on this session */
	int r = getlogin_r(login, sizeof login);
	CHECK(r == 0 || r == ENXIO || r == ENOENT || r == ENOTTY);

	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
