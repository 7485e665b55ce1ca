/* syslog: one datagram per message to /dev/log, in the format every
 * Linux syslog daemon reads (RFC 3164's, as glibc sends it):
 *
 *     <PRI>Mmm dd hh:mm:ss IDENT[PID]: MESSAGE
 *
 * The time is UTC (taskrt reads no time zone).  A logger that is not
 * there loses the message, unless LOG_CONS sends it to /dev/console;
 * LOG_PERROR copies "IDENT[PID]: MESSAGE" to stderr either way.  One lock
 * guards the settings and the socket. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "internal/lock.h"
#include "internal/syscall.h"
#include "internal/defs.h"

static volatile int lock;
static const char *log_ident;
static int log_option, log_facility = LOG_USER, log_mask = 0xff;
static int log_fd = -1;

/* The socket, connected to /dev/log, or -1 (no logger now). */
static void log_connect(void)
{
	static const struct sockaddr_un dev_log = { AF_UNIX, "/dev/log" };

	if (log_fd < 0)
		log_fd = __syscall(SYS_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (log_fd < 0) {
		log_fd = -1;
		return;
	}
	if (__syscall(SYS_connect, log_fd, &dev_log, sizeof dev_log.sun_family + sizeof "/dev/log") < 0) {
		__close(log_fd);
		log_fd = -1;
	}
}

weak void openlog(const char *ident, int option, int facility)
{
	__lock(&lock);
	log_ident = ident;
	log_option = option;
	if (facility && !(facility & ~LOG_FACMASK))
		log_facility = facility;
	if (option & LOG_NDELAY)
		log_connect();
	__unlock(&lock);
}

weak void closelog(void)
{
	__lock(&lock);
	if (log_fd >= 0)
		__close(log_fd);
	log_fd = -1;
	log_ident = 0;
	__unlock(&lock);
}

/* The old mask; 0 leaves it as it is. */
weak int setlogmask(int mask)
{
	int old;

	__lock(&lock);
	old = log_mask;
	if (mask)
		log_mask = mask;
	__unlock(&lock);
	return old;
}

weak void vsyslog(int priority, const char *fmt, va_list ap)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	char msg[1024], *body;
	int head, len, saved = errno;
	struct timespec now;
	struct tm tm;
	time_t t;

	/* A priority with unknown bits is logged as glibc logs it: with
	 * those bits dropped. */
	if (priority & ~(LOG_PRIMASK | LOG_FACMASK))
		priority &= LOG_PRIMASK | LOG_FACMASK;
	if (!(log_mask & LOG_MASK(LOG_PRI(priority))))
		return;
	__lock(&lock);
	if (!(priority & LOG_FACMASK))
		priority |= log_facility;
	__clock_gettime(CLOCK_REALTIME, &now);
	t = now.tv_sec;
	__gmtime_r(&t, &tm);
	head = snprintf(msg, sizeof msg, "<%d>%.3s %2d %02d:%02d:%02d ", priority,
	                months + 3 * tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	body = msg + head;
	len = head + snprintf(body, sizeof msg - head, "%s", log_ident ? log_ident : "");
	if (log_option & LOG_PID && len < (int)sizeof msg)
		len += snprintf(msg + len, sizeof msg - len, "[%d]", (int)__syscall(SYS_getpid));
	if (len < (int)sizeof msg)
		len += snprintf(msg + len, sizeof msg - len, "%s", log_ident || log_option & LOG_PID ? ": " : "");
	errno = saved;               /* for a %m in fmt */
	if (len < (int)sizeof msg)
		len += vsnprintf(msg + len, sizeof msg - len, fmt, ap);
	if (len >= (int)sizeof msg)
		len = sizeof msg - 1;    /* cut, as glibc's fixed buffer would not */

	if (log_option & LOG_PERROR) {
		/* stderr gets the message without the priority and time,
		 * on a line of its own */
		int n = len - head;
		char nl = '\n';
		__write(2, body, n);
		if (!n || body[n - 1] != '\n')
			__write(2, &nl, 1);
	}
	if (log_fd < 0)
		log_connect();
	if (log_fd < 0 || __syscall(SYS_sendto, log_fd, msg, len, 0, 0, 0) < 0) {
		/* the logger went away (a restart): one retry, then the console */
		if (log_fd >= 0) {
			__close(log_fd);
			log_fd = -1;
			log_connect();
		}
		if ((log_fd < 0 || __syscall(SYS_sendto, log_fd, msg, len, 0, 0, 0) < 0) && log_option & LOG_CONS) {
			int fd = __open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
			if (fd >= 0) {
				__write(fd, body, len - head);
				__write(fd, "\r\n", 2);
				__close(fd);
			}
		}
	}
	__unlock(&lock);
	errno = saved;
}

weak void syslog(int priority, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(priority, fmt, ap);
	va_end(ap);
}
