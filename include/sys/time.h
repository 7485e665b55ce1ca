/* <sys/time.h>: wall-clock time in microseconds, file times by path, and
 * the timeval arithmetic macros, and the interval timers (setitimer,
 * getitimer). */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <bits/types.h>
#include <bits/timeval.h>
#include <sys/select.h>     /* POSIX: <sys/time.h> shows select and fd_set */

/* --- gettimeofday, utimes, the timer macros ------------------------- */

/* Never filled with a time zone: taskrt's gettimeofday zeroes it, as
 * glibc does. */
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

int gettimeofday(struct timeval *restrict tv, void *restrict tz);
int utimes(const char *path, const struct timeval times[2]);

#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((void)((t)->tv_sec = (t)->tv_usec = 0))
#define timercmp(a, b, CMP) ((a)->tv_sec == (b)->tv_sec ? \
	(a)->tv_usec CMP (b)->tv_usec : (a)->tv_sec CMP (b)->tv_sec)
#define timeradd(a, b, r) do { \
	(r)->tv_sec = (a)->tv_sec + (b)->tv_sec; \
	(r)->tv_usec = (a)->tv_usec + (b)->tv_usec; \
	if ((r)->tv_usec >= 1000000) { (r)->tv_sec++; (r)->tv_usec -= 1000000; } \
} while (0)
#define timersub(a, b, r) do { \
	(r)->tv_sec = (a)->tv_sec - (b)->tv_sec; \
	(r)->tv_usec = (a)->tv_usec - (b)->tv_usec; \
	if ((r)->tv_usec < 0) { (r)->tv_sec--; (r)->tv_usec += 1000000; } \
} while (0)

/* --- end of gettimeofday, utimes, the timer macros ------------------ */

/* --- interval timers ------------------------------------------------ */
#define ITIMER_REAL    0   /* wall-clock time: SIGALRM */
#define ITIMER_VIRTUAL 1   /* the process's user CPU time: SIGVTALRM */
#define ITIMER_PROF    2   /* its user and system CPU time: SIGPROF */

struct itimerval {
	struct timeval it_interval;    /* the period; 0: fires once */
	struct timeval it_value;       /* until the next expiry; 0: disarmed */
};

int getitimer(int which, struct itimerval *value);
int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old);
/* --- end of interval timers ----------------------------------------- */

#endif
