#ifndef _TIME_H
#define _TIME_H

#include <features.h>
#include <bits/types.h>
#include <bits/time.h>      /* CLOCK_*: from the kernel's <linux/time.h> */
#include <bits/timespec.h>

struct tm {
	int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};

time_t time(time_t *t);
/* The process's CPU time, in CLOCKS_PER_SEC units (XSI: 1,000,000). */
#define CLOCKS_PER_SEC ((clock_t)1000000)
clock_t clock(void);
double difftime(time_t t1, time_t t0);
char *asctime(const struct tm *tm);
char *ctime(const time_t *t);

/* Calendar time.  taskrt has no time zones: local time is UTC. */
struct tm *gmtime(const time_t *t);
struct tm *localtime(const time_t *t);
time_t mktime(struct tm *tm);
size_t strftime(char *restrict s, size_t max, const char *restrict format,
                const struct tm *restrict tm);

#ifdef __TASKRT_POSIX
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_getres(clockid_t clock, struct timespec *ts);
int nanosleep(const struct timespec *request, struct timespec *remain);
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request, struct timespec *remain);
/* The CPU-time clock of process pid (0: the caller's).  Returns the error. */
int clock_getcpuclockid(pid_t pid, clockid_t *clock);
struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm);
struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm);
time_t timegm(struct tm *tm);
void tzset(void);
char *asctime_r(const struct tm *restrict tm, char *restrict buf);
char *ctime_r(const time_t *t, char *buf);
#ifdef __TASKRT_XOPEN
char *strptime(const char *restrict s, const char *restrict format, struct tm *restrict tm);
#endif
#endif

#ifdef __TASKRT_POSIX
/* --- POSIX timers and the clocks' other calls ------------------------ */
struct sigevent;

/* A timer, as in glibc: a pointer-sized handle (the kernel's timer id, or
 * for SIGEV_THREAD taskrt's record of the helper thread). */
typedef void *timer_t;

struct itimerspec {
	struct timespec it_interval;   /* the period; 0: fires once */
	struct timespec it_value;      /* until the next expiry; 0: disarmed */
};

int clock_settime(clockid_t clock, const struct timespec *ts);
int timer_create(clockid_t clock, struct sigevent *restrict event, timer_t *restrict timer);
int timer_delete(timer_t timer);
int timer_settime(timer_t timer, int flags, const struct itimerspec *restrict value,
                  struct itimerspec *restrict old);
int timer_gettime(timer_t timer, struct itimerspec *value);
int timer_getoverrun(timer_t timer);
/* --- end of POSIX timers -------------------------------------------- */
#endif

#endif
