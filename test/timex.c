/* adjtimex and clock_adjtime: reading the clock's discipline (never
 * setting it: the test may run as root), the layout, and bad input. */
#include <errno.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>
#include "check.h"

int main(void)
{
	struct timex tx = { 0 };
	struct timeval tv;
	int state;

	CHECK_INT(sizeof tx, 208);
	CHECK_INT(ADJ_OFFSET, 1);
	CHECK_INT(TIME_OK, 0);
	CHECK_INT(TIME_ERROR, 5);

	/* modes 0 only reads: the state, and the time now */
	state = adjtimex(&tx);
	CHECK(state >= TIME_OK && state <= TIME_ERROR);
	gettimeofday(&tv, 0);
	CHECK(tv.tv_sec - tx.time.tv_sec >= 0 && tv.tv_sec - tx.time.tv_sec <= 2);
	CHECK(tx.time.tv_usec >= 0 && tx.time.tv_usec < 1000000000);   /* us, or ns with STA_NANO */
	CHECK(tx.tick > 0);
	tx = (struct timex){ 0 };
	CHECK_INT(clock_adjtime(CLOCK_REALTIME, &tx), state);
	CHECK(tx.time.tv_sec > 1000000000);

	/* bad input: an unknown clock; a tick far out of range is refused
	 * before anything changes (EINVAL as root, EPERM otherwise) */
	tx = (struct timex){ 0 };
	CHECK_INT(clock_adjtime(12345, &tx), -1);
	CHECK_INT(errno, EINVAL);
	tx = (struct timex){ .modes = ADJ_TICK, .tick = 1 };
	CHECK_INT(adjtimex(&tx), -1);
	CHECK(errno == EINVAL || errno == EPERM);
	return check_done();
}
