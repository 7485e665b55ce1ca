/* TCP and UDP over 127.0.0.1 and ::1: bind to port 0, getsockname, a
 * connect/accept/echo, sendto/recvfrom, sendmmsg/recvmmsg, TCP_NODELAY,
 * urgent data and sockatmark; a used port is EADDRINUSE and a closed one
 * ECONNREFUSED; no fd leaked. */
#include <errno.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include "check.h"

/* addr: a loopback address of family f with port 0. */
static socklen_t loopback(int f, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof *ss);
	if (f == AF_INET) {
		struct sockaddr_in *a = (struct sockaddr_in *)ss;
		a->sin_family = AF_INET;
		a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		return sizeof *a;
	}
	struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
	a->sin6_family = AF_INET6;
	a->sin6_addr = in6addr_loopback;
	return sizeof *a;
}

static void tcp(int f)
{
	struct sockaddr_storage ss, peer;
	socklen_t len = loopback(f, &ss), plen = sizeof peer;
	int l = socket(f, SOCK_STREAM, 0), c, s, v = 1;
	char buf[8];

	CHECK(l >= 0);
	CHECK_INT(bind(l, (struct sockaddr *)&ss, len), 0);
	CHECK_INT(getsockname(l, (struct sockaddr *)&ss, &len), 0);
	CHECK(((struct sockaddr_in *)&ss)->sin_port != 0);   /* sin6_port is at the same place */
	CHECK_INT(listen(l, SOMAXCONN), 0);

	/* the same port again */
	c = socket(f, SOCK_STREAM, 0);
	CHECK_INT(bind(c, (struct sockaddr *)&ss, len), -1); CHECK_INT(errno, EADDRINUSE);
	CHECK_INT(connect(c, (struct sockaddr *)&ss, len), 0);
	CHECK_INT(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v), 0);
	v = 0; plen = sizeof v;
	CHECK_INT(getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, &plen), 0);
	CHECK(v != 0);
	plen = sizeof peer;
	s = accept(l, (struct sockaddr *)&peer, &plen);
	CHECK(s >= 0);
	CHECK_INT(peer.ss_family, f);
	CHECK_INT(send(c, "abc", 3, MSG_NOSIGNAL), 3);
	CHECK_INT(recv(s, buf, sizeof buf, 0), 3);
	CHECK(!memcmp(buf, "abc", 3));
	CHECK_INT(sockatmark(s), 0);
	/* urgent data: the mark is reached once what came before is read */
	CHECK_INT(send(c, "de", 2, MSG_NOSIGNAL), 2);
	CHECK_INT(send(c, "!", 1, MSG_OOB | MSG_NOSIGNAL), 1);
	sleep_ms(20);
	CHECK_INT(recv(s, buf, 2, 0), 2);
	CHECK_INT(sockatmark(s), 1);
	CHECK_INT(recv(s, buf, 1, MSG_OOB), 1);
	CHECK_INT(buf[0], '!');
	close(s);
	close(c);
	close(l);

	/* nobody listens there now */
	c = socket(f, SOCK_STREAM, 0);
	CHECK_INT(connect(c, (struct sockaddr *)&ss, len), -1); CHECK_INT(errno, ECONNREFUSED);
	close(c);
}

static void udp(int f)
{
	struct sockaddr_storage a, b, from;
	socklen_t alen = loopback(f, &a), blen = loopback(f, &b), flen = sizeof from;
	int x = socket(f, SOCK_DGRAM, 0), y = socket(f, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	char buf[16], b1[4], b2[4];

	CHECK_INT(bind(x, (struct sockaddr *)&a, alen), 0);
	CHECK_INT(getsockname(x, (struct sockaddr *)&a, &alen), 0);
	CHECK_INT(bind(y, (struct sockaddr *)&b, blen), 0);
	CHECK_INT(getsockname(y, (struct sockaddr *)&b, &blen), 0);
	CHECK_INT(recv(y, buf, sizeof buf, 0), -1); CHECK_INT(errno, EAGAIN);
	CHECK_INT(sendto(x, "dgram", 5, 0, (struct sockaddr *)&b, blen), 5);
	CHECK_INT(recvfrom(y, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen), 5);
	CHECK_INT(flen, alen);
	CHECK(!memcmp(&from, &a, alen));

	/* two datagrams in one call each way */
	struct iovec v1 = { "one", 3 }, v2 = { "two", 3 }, r1 = { b1, 4 }, r2 = { b2, 4 };
	struct mmsghdr out[2] = { { { .msg_name = &b, .msg_namelen = blen, .msg_iov = &v1, .msg_iovlen = 1 }, 0 },
	                          { { .msg_name = &b, .msg_namelen = blen, .msg_iov = &v2, .msg_iovlen = 1 }, 0 } };
	struct mmsghdr in[2] = { { { .msg_iov = &r1, .msg_iovlen = 1 }, 0 }, { { .msg_iov = &r2, .msg_iovlen = 1 }, 0 } };
	struct timespec t = { 1, 0 };
	CHECK_INT(sendmmsg(x, out, 2, 0), 2);
	CHECK_INT(out[0].msg_len, 3);
	sleep_ms(20);
	CHECK_INT(recvmmsg(y, in, 2, 0, &t), 2);
	CHECK_INT(in[1].msg_len, 3);
	CHECK(!memcmp(b1, "one", 3) && !memcmp(b2, "two", 3));
	close(x);
	close(y);
}

int main(void)
{
	int fds = check_count_fds(), fd;
	struct sockaddr_in a = { .sin_family = AF_INET };

	tcp(AF_INET);
	udp(AF_INET);
	fd = socket(AF_INET6, SOCK_STREAM, 0);
	if (fd < 0 && errno == EAFNOSUPPORT) {
		check_puts("no IPv6 here: skipping ::1\n");
	} else {
		struct sockaddr_storage ss;
		socklen_t len = loopback(AF_INET6, &ss);
		if (bind(fd, (struct sockaddr *)&ss, len) == 0) {
			tcp(AF_INET6);
			udp(AF_INET6);
		} else
			check_puts("::1 not configured: skipping it\n");
	}
	close(fd);

	/* bad input */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	CHECK_INT(bind(fd, (struct sockaddr *)&a, 4), -1);     CHECK_INT(errno, EINVAL);
	a.sin_addr.s_addr = htonl(0x01020304);                 /* not ours */
	CHECK_INT(bind(fd, (struct sockaddr *)&a, sizeof a), -1); CHECK_INT(errno, EADDRNOTAVAIL);
	CHECK_INT(send(fd, "x", 1, MSG_NOSIGNAL), -1);         CHECK_INT(errno, EPIPE);
	CHECK_INT(getpeername(fd, (struct sockaddr *)&a, &(socklen_t){ sizeof a }), -1); CHECK_INT(errno, ENOTCONN);
	CHECK_INT(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP), -1); CHECK_INT(errno, EPROTONOSUPPORT);
	close(fd);
	CHECK_INT(sockatmark(-1), -1);                          CHECK_INT(errno, EBADF);
	int p[2];
	CHECK_INT(pipe(p), 0);
	CHECK_INT(sockatmark(p[0]), -1);                        CHECK_INT(errno, ENOTTY);
	close(p[0]);
	close(p[1]);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
