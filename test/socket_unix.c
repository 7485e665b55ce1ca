/* AF_UNIX sockets: a path socket and an abstract one (listen, connect,
 * accept, send/recv, getsockname/getpeername), socketpair with datagrams,
 * SCM_RIGHTS passing a descriptor to another process and CMSG_* walking,
 * SO_* options, shutdown; bad input with glibc's errno, no fd leaked. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "check.h"

/* qemu-user 7.2 passes an unknown socket type through and answers
 * recvmsg on a bad fd before looking at the fd */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

static void echo_once(struct sockaddr_un *a, socklen_t len)
{
	int l = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0), c, s;
	struct sockaddr_un got;
	socklen_t glen = sizeof got;
	char buf[16];

	CHECK(l >= 0);
	CHECK_INT(bind(l, (struct sockaddr *)a, len), 0);
	CHECK_INT(bind(l, (struct sockaddr *)a, len), -1);
	CHECK(errno == EINVAL || errno == EADDRINUSE);  /* already bound; newer kernels check the path first */
	CHECK_INT(listen(l, 4), 0);
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	CHECK_INT(connect(c, (struct sockaddr *)a, len), 0);
	s = accept4(l, 0, 0, SOCK_CLOEXEC);
	CHECK(s >= 0);
	CHECK_INT(fcntl(s, F_GETFD), FD_CLOEXEC);
	CHECK_INT(send(c, "ping", 4, 0), 4);
	CHECK_INT(recv(s, buf, sizeof buf, 0), 4);
	CHECK(!memcmp(buf, "ping", 4));
	CHECK_INT(write(s, "pong!", 5), 5);
	CHECK_INT(read(c, buf, sizeof buf), 5);
	CHECK_INT(getpeername(c, (struct sockaddr *)&got, &glen), 0);
	CHECK_INT(glen, len);
	CHECK(!memcmp(got.sun_path, a->sun_path, len - sizeof(sa_family_t)));
	glen = sizeof got;
	CHECK_INT(getsockname(l, (struct sockaddr *)&got, &glen), 0);
	CHECK_INT(glen, len);
	CHECK_INT(shutdown(c, SHUT_WR), 0);
	CHECK_INT(recv(s, buf, sizeof buf, 0), 0);       /* end of stream */
	CHECK_INT(shutdown(c, 99), -1);                  CHECK_INT(errno, EINVAL);
	close(s); close(c); close(l);
}

int main(void)
{
	int fds = check_count_fds(), sv[2], v;
	socklen_t vlen = sizeof v;
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	char buf[64];

	/* bad input */
	if (!under_qemu()) {
		CHECK_INT(socket(AF_UNIX, 99, 0), -1);       CHECK_INT(errno, EINVAL);
		CHECK_INT(recvmsg(-1, &(struct msghdr){ 0 }, 0), -1); CHECK_INT(errno, EBADF);
	} else
		check_puts("not checked under qemu-user: socket of an unknown type, recvmsg on fd -1\n");
	CHECK_INT(socket(12345, SOCK_STREAM, 0), -1);    CHECK_INT(errno, EAFNOSUPPORT);
	CHECK_INT(bind(-1, (struct sockaddr *)&a, sizeof a), -1); CHECK_INT(errno, EBADF);
	CHECK_INT(listen(0 + 1000, 1), -1);              CHECK_INT(errno, EBADF);
	CHECK_INT(accept(-1, 0, 0), -1);                 CHECK_INT(errno, EBADF);
	CHECK_INT(send(-1, "x", 1, 0), -1);              CHECK_INT(errno, EBADF);
	CHECK_INT(recv(-1, buf, 1, 0), -1);              CHECK_INT(errno, EBADF);
	CHECK_INT(getsockopt(-1, SOL_SOCKET, SO_TYPE, &v, &vlen), -1); CHECK_INT(errno, EBADF);
	CHECK_INT(connect(0, (struct sockaddr *)&a, sizeof a), -1); CHECK_INT(errno, ENOTSOCK);
	snprintf(a.sun_path, sizeof a.sun_path, "/nonexistent/sock");
	v = socket(AF_UNIX, SOCK_STREAM, 0);
	CHECK_INT(connect(v, (struct sockaddr *)&a, sizeof a), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(accept(v, 0, 0), -1);                  CHECK_INT(errno, EINVAL);  /* not listening */
	close(v);

	/* a path socket, then an abstract one */
	snprintf(a.sun_path, sizeof a.sun_path, "/tmp/taskrt-sock-%d", (int)getpid());
	unlink(a.sun_path);
	echo_once(&a, SUN_LEN(&a) + 1);
	CHECK_INT(unlink(a.sun_path), 0);
	memset(a.sun_path, 0, sizeof a.sun_path);
	snprintf(a.sun_path + 1, sizeof a.sun_path - 1, "taskrt-abstract-%d", (int)getpid());
	echo_once(&a, sizeof(sa_family_t) + 1 + strlen(a.sun_path + 1));

	/* socketpair: datagrams keep their boundaries; options */
	CHECK_INT(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
	CHECK_INT(send(sv[0], "one", 3, 0), 3);
	CHECK_INT(send(sv[0], "three", 5, 0), 5);
	CHECK_INT(recv(sv[1], buf, sizeof buf, MSG_PEEK), 3);
	CHECK_INT(recv(sv[1], buf, sizeof buf, 0), 3);
	CHECK_INT(recv(sv[1], buf, 2, 0), 2);            /* the rest is dropped */
	CHECK_INT(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), -1); CHECK_INT(errno, EAGAIN);
	vlen = sizeof v;
	CHECK_INT(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &vlen), 0);
	CHECK_INT(v, SOCK_DGRAM); CHECK_INT(vlen, sizeof v);
	v = 65536;
	CHECK_INT(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, sizeof v), 0);
	CHECK_INT(setsockopt(sv[0], SOL_SOCKET, 12345, &v, sizeof v), -1); CHECK_INT(errno, ENOPROTOOPT);
	CHECK_INT(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, 1), -1); CHECK_INT(errno, EINVAL);
	close(sv[0]); close(sv[1]);
	CHECK_INT(socketpair(AF_INET, SOCK_STREAM, 0, sv), -1); CHECK_INT(errno, EOPNOTSUPP);

	/* SCM_RIGHTS: the child sends a pipe's write end; the parent writes
	 * through it and the child reads what came back through the pipe. */
	CHECK_INT(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
	pid_t pid = fork();
	if (pid == 0) {
		int p[2];
		union { struct cmsghdr h; char space[CMSG_SPACE(sizeof(int))]; } u;
		struct iovec iov = { "fd", 2 };
		struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.space,
		                    .msg_controllen = sizeof u.space };
		struct cmsghdr *c = CMSG_FIRSTHDR(&m);

		if (pipe(p) || !c)
			_exit(2);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &p[1], sizeof(int));
		if (CMSG_NXTHDR(&m, c) != NULL || sendmsg(sv[1], &m, 0) != 2)
			_exit(3);
		close(p[1]);
		if (read(p[0], buf, sizeof buf) != 5 || memcmp(buf, "hello", 5))
			_exit(4);
		_exit(0);
	}
	{
		union { struct cmsghdr h; char space[CMSG_SPACE(sizeof(int)) + CMSG_SPACE(8)]; } u;
		struct iovec iov = { buf, sizeof buf };
		struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.space,
		                    .msg_controllen = sizeof u.space };
		struct cmsghdr *c;
		int fd = -1, n = 0;

		CHECK_INT(recvmsg(sv[0], &m, MSG_CMSG_CLOEXEC), 2);
		CHECK(!memcmp(buf, "fd", 2));
		CHECK_INT(m.msg_flags & MSG_CTRUNC, 0);
		for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c), n++)
			if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
				CHECK_INT(c->cmsg_len, CMSG_LEN(sizeof(int)));
				memcpy(&fd, CMSG_DATA(c), sizeof fd);
			}
		CHECK_INT(n, 1);
		CHECK(fd >= 0);
		CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
		CHECK_INT(write(fd, "hello", 5), 5);
		close(fd);
		CHECK_INT(check_exit_status(pid), 0);
	}
	close(sv[0]); close(sv[1]);

	/* CMSG_* on a buffer too short for a header */
	{
		char small[4];
		struct msghdr m = { .msg_control = small, .msg_controllen = sizeof small };
		CHECK(CMSG_FIRSTHDR(&m) == NULL);
		CHECK_INT(CMSG_LEN(0), sizeof(struct cmsghdr));
		CHECK_INT(CMSG_SPACE(1), sizeof(struct cmsghdr) + sizeof(size_t));
	}
	TASKRT_ONLY(CHECK_INT(sizeof(struct sockaddr_storage), 128));
	TASKRT_ONLY(CHECK_INT(sizeof(struct sockaddr_un), 110));
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
