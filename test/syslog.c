/* syslog: LOG_PERROR's copy on stderr, the mask, the facility, and (where
 * /dev/log is free and this process may bind it) the datagram a logger
 * receives, in the format Linux syslog daemons read. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>
#include "check.h"

/* Run body in a child whose stderr is a pipe; its text in buf. */
static int stderr_of(void (*body)(void), char *buf, size_t size)
{
	int p[2], n = 0, r;
	pid_t pid;

	if (pipe(p) < 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], 2);
		body();
		_exit(0);
	}
	close(p[1]);
	while ((r = read(p[0], buf + n, size - 1 - n)) > 0)
		n += r;
	buf[n] = 0;
	close(p[0]);
	check_exit_status(pid);
	return n;
}

static void with_pid(void)
{
	openlog("taskrt-test", LOG_PID | LOG_PERROR, LOG_USER);
	syslog(LOG_INFO, "value %d", 42);
	closelog();
}

static void masked(void)
{
	openlog("masked", LOG_PERROR, LOG_DAEMON);
	setlogmask(LOG_UPTO(LOG_ERR));
	syslog(LOG_INFO, "hidden");
	syslog(LOG_ERR, "shown");
	closelog();
}

int main(void)
{
	char buf[512], want[64];
	struct sockaddr_un addr = { AF_UNIX, "/dev/log" };
	int fd;

	CHECK(stderr_of(with_pid, buf, sizeof buf) > 0);
	snprintf(want, sizeof want, "taskrt-test[");
	CHECK(strncmp(buf, want, strlen(want)) == 0);
	CHECK(strstr(buf, "]: value 42\n") != 0);
	CHECK(stderr_of(masked, buf, sizeof buf) > 0);
	CHECK_STR(buf, "masked: shown\n");
	CHECK_INT(LOG_MAKEPRI(LOG_LOCAL0, LOG_ERR), 131);
	CHECK_INT(LOG_PRI(131), LOG_ERR);
	CHECK_INT(LOG_FAC(131), 16);

	/* a logger of our own, where there is none */
	fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	CHECK(fd >= 0);
	if (access("/dev/log", F_OK) == 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
		check_puts("syslog: /dev/log is taken or not ours to bind: the datagram is not checked\n");
	} else {
		openlog("taskrt-test", 0, LOG_LOCAL0);
		syslog(LOG_ERR, "to the logger %s", "now");
		closelog();
		ssize_t n = recv(fd, buf, sizeof buf - 1, MSG_DONTWAIT);
		unlink("/dev/log");
		CHECK(n > 0);
		buf[n > 0 ? n : 0] = 0;
		CHECK(memcmp(buf, "<131>", 5) == 0);          /* LOCAL0 | ERR */
		CHECK(n > 20 && buf[8] == ' ' && buf[11] == ' ' && buf[14] == ':');   /* "Mmm dd hh:mm:ss" */
		CHECK(strstr(buf, " taskrt-test: to the logger now") != 0);
	}
	close(fd);
	return check_done();
}
