/* <syslog.h>: messages to the system logger, over the AF_UNIX datagram
 * socket /dev/log.  The names and values are glibc's (BSD's). */
#ifndef _SYSLOG_H
#define _SYSLOG_H

#include <features.h>
#include <stdarg.h>

/* Priorities, most urgent first. */
#define LOG_EMERG   0
#define LOG_ALERT   1
#define LOG_CRIT    2
#define LOG_ERR     3
#define LOG_WARNING 4
#define LOG_NOTICE  5
#define LOG_INFO    6
#define LOG_DEBUG   7
#define LOG_PRIMASK 0x07
#define LOG_PRI(p)  ((p) & LOG_PRIMASK)
#define LOG_MAKEPRI(facility, priority) ((facility) | (priority))

/* Facilities, pre-shifted: the priority's bits above the first three. */
#define LOG_KERN     (0 << 3)
#define LOG_USER     (1 << 3)
#define LOG_MAIL     (2 << 3)
#define LOG_DAEMON   (3 << 3)
#define LOG_AUTH     (4 << 3)
#define LOG_SYSLOG   (5 << 3)
#define LOG_LPR      (6 << 3)
#define LOG_NEWS     (7 << 3)
#define LOG_UUCP     (8 << 3)
#define LOG_CRON     (9 << 3)
#define LOG_AUTHPRIV (10 << 3)
#define LOG_FTP      (11 << 3)
#define LOG_LOCAL0   (16 << 3)
#define LOG_LOCAL1   (17 << 3)
#define LOG_LOCAL2   (18 << 3)
#define LOG_LOCAL3   (19 << 3)
#define LOG_LOCAL4   (20 << 3)
#define LOG_LOCAL5   (21 << 3)
#define LOG_LOCAL6   (22 << 3)
#define LOG_LOCAL7   (23 << 3)
#define LOG_NFACILITIES 24
#define LOG_FACMASK  0x03f8
#define LOG_FAC(p)   (((p) & LOG_FACMASK) >> 3)

/* setlogmask's masks. */
#define LOG_MASK(p) (1 << (p))
#define LOG_UPTO(p) ((1 << ((p) + 1)) - 1)

/* openlog's options. */
#define LOG_PID    0x01   /* the pid after the ident */
#define LOG_CONS   0x02   /* to /dev/console if the logger is not there */
#define LOG_ODELAY 0x04   /* connect on the first message (the default) */
#define LOG_NDELAY 0x08   /* connect now */
#define LOG_NOWAIT 0x10   /* (no effect) */
#define LOG_PERROR 0x20   /* to stderr as well */

void openlog(const char *ident, int option, int facility);
void syslog(int priority, const char *fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
void vsyslog(int priority, const char *fmt, va_list ap);
void closelog(void);
int setlogmask(int mask);

#endif
