/* Local time.  taskrt has no time zones (no /etc/localtime, no TZ): local
 * time is UTC, so localtime is gmtime and mktime is timegm, with
 * tm_isdst 0, tm_gmtoff 0 and tm_zone "UTC" (gmtime's is "GMT", as
 * glibc names them). */
#include <time.h>
#include "internal/defs.h"

static struct tm *utc(const time_t *t, struct tm *tm)
{
	if (!__gmtime_r(t, tm))
		return 0;
	tm->tm_zone = "UTC";
	return tm;
}

weak struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	return utc(t, tm);
}

struct tm *localtime(const time_t *t)
{
	static struct tm tm;

	return utc(t, &tm);
}

/* tm_isdst is an input too, but with no daylight saving it changes
 * nothing: there is only the one offset, 0.  The struct is rewritten as
 * localtime would fill it (zone "UTC"); on failure it is left as it was. */
time_t mktime(struct tm *tm)
{
	struct tm local = *tm;
	time_t t;

	local.tm_zone = 0;
	t = __timegm(&local);
	if (!local.tm_zone)     /* __gmtime_r failed: EOVERFLOW */
		return -1;
	local.tm_zone = "UTC";
	*tm = local;
	return t;
}

/* Nothing to read: the zone is always UTC. */
weak void tzset(void)
{
}
