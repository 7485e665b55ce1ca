#include "tally.h"
#include <errno.h>
#include <stdlib.h>

long tally_sum(const long *v, size_t n)
{
	long s = 0;
	for (size_t i = 0; i < n; i++)
		s += v[i];
	return s;
}

int tally_parse(const char *s, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno)
		return -1;
	if (end == s || *end) {
		errno = EINVAL;
		return -1;
	}
	*out = v;
	return 0;
}
