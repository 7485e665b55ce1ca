/* difftime: t1 - t0 in seconds.  Subtracting as integers first keeps
 * the answer exact wherever the difference fits a double's 53 bits
 * (converting each to double first would round both). */
#include <time.h>

double difftime(time_t t1, time_t t0)
{
	long long d;

	if (!__builtin_sub_overflow(t1, t0, &d))
		return (double)d;
	return (double)t1 - (double)t0;
}
