/* strftime against glibc: every conversion, flag, width and modifier on
 * dates around leap years, ISO-week year ends and the limits of the
 * calendar, each expected string as glibc 2.36 prints it (gmtime_r, so
 * %Z is "GMT").  Also: a result that does not fit is 0. */
#include <string.h>
#include <time.h>
#include "check.h"

static const struct { long long t; const char *format; const char *want; } table[] = {
	{ 0LL, "%a %A %b %B %h", "Thu Thursday Jan January Jan" },
	{ 0LL, "%c", "Thu Jan  1 00:00:00 1970" },
	{ 0LL, "%C %d %e %D", "19 01  1 01/01/70" },
	{ 0LL, "%F", "1970-01-01" },
	{ 0LL, "%g %G %V", "70 1970 01" },
	{ 0LL, "%H %I %j %k %l", "00 12 001  0 12" },
	{ 0LL, "%S %s %t %T %u %U %w %W", "00 0 \t 00:00:00 4 00 4 00" },
	{ 0LL, "%x %X %y %Y %z %Z %%", "01/01/70 00:00:00 70 1970 +0000 GMT %" },
	/* "-" drops a number's zeros, not the width: spaces fill it (found
	 * by test/fuzz) */
	{ 0LL, "%-5d|%-3Y|%-6j|%-5k|%0-5d|%-05d|%-8y", "    1|1970|     1|    0|    1|00001|      70" },
	/* %s pads with spaces, as %e and %k do (found by test/fuzz) */
	{ 0LL, "%8s|%08s|%_8s|%-8s|%-s", "       0|00000000|       0|       0|0" },
	{ 0LL, "%-d %_d %05Y %-m %_H %010d", "1  1 01970 1  0 0000000001" },
	{ 0LL, "%^a %^B %#a %#p %#Z %^p", "THU JANUARY THU am gmt AM" },
	{ 0LL, "%Ec %EY %Od %OH %Ey", "Thu Jan  1 00:00:00 1970 1970 01 00 70" },
	{ 0LL, "%10A|%-10A|%010A", "  Thursday|  Thursday|00Thursday" },
	{ 0LL, "%3d|%_3e|%-e|%4y|%_4C", "001|  1|1|0070|  19" },
	{ 0LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 0LL, "%12F|%12c", "  1970-01-01|Thu Jan  1 00:00:00 1970" },
	{ 0LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 0LL, "%l:%M %P", "12:00 am" },
	{ 951782400LL, "%a %A %b %B %h", "Tue Tuesday Feb February Feb" },
	{ 951782400LL, "%c", "Tue Feb 29 00:00:00 2000" },
	{ 951782400LL, "%C %d %e %D", "20 29 29 02/29/00" },
	{ 951782400LL, "%F", "2000-02-29" },
	{ 951782400LL, "%g %G %V", "00 2000 09" },
	{ 951782400LL, "%H %I %j %k %l", "00 12 060  0 12" },
	{ 951782400LL, "%S %s %t %T %u %U %w %W", "00 951782400 \t 00:00:00 2 09 2 09" },
	{ 951782400LL, "%x %X %y %Y %z %Z %%", "02/29/00 00:00:00 00 2000 +0000 GMT %" },
	{ 951782400LL, "%-d %_d %05Y %-m %_H %010d", "29 29 02000 2  0 0000000029" },
	{ 951782400LL, "%^a %^B %#a %#p %#Z %^p", "TUE FEBRUARY TUE am gmt AM" },
	{ 951782400LL, "%Ec %EY %Od %OH %Ey", "Tue Feb 29 00:00:00 2000 2000 29 00 00" },
	{ 951782400LL, "%10A|%-10A|%010A", "   Tuesday|   Tuesday|000Tuesday" },
	{ 951782400LL, "%3d|%_3e|%-e|%4y|%_4C", "029| 29|29|0000|  20" },
	{ 951782400LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 951782400LL, "%12F|%12c", "  2000-02-29|Tue Feb 29 00:00:00 2000" },
	{ 951782400LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 951782400LL, "%l:%M %P", "12:00 am" },
	{ 1230681600LL, "%a %A %b %B %h", "Wed Wednesday Dec December Dec" },
	{ 1230681600LL, "%c", "Wed Dec 31 00:00:00 2008" },
	{ 1230681600LL, "%C %d %e %D", "20 31 31 12/31/08" },
	{ 1230681600LL, "%F", "2008-12-31" },
	{ 1230681600LL, "%g %G %V", "09 2009 01" },
	{ 1230681600LL, "%H %I %j %k %l", "00 12 366  0 12" },
	{ 1230681600LL, "%S %s %t %T %u %U %w %W", "00 1230681600 \t 00:00:00 3 52 3 52" },
	{ 1230681600LL, "%x %X %y %Y %z %Z %%", "12/31/08 00:00:00 08 2008 +0000 GMT %" },
	{ 1230681600LL, "%-d %_d %05Y %-m %_H %010d", "31 31 02008 12  0 0000000031" },
	{ 1230681600LL, "%^a %^B %#a %#p %#Z %^p", "WED DECEMBER WED am gmt AM" },
	{ 1230681600LL, "%Ec %EY %Od %OH %Ey", "Wed Dec 31 00:00:00 2008 2008 31 00 08" },
	{ 1230681600LL, "%10A|%-10A|%010A", " Wednesday| Wednesday|0Wednesday" },
	{ 1230681600LL, "%3d|%_3e|%-e|%4y|%_4C", "031| 31|31|0008|  20" },
	{ 1230681600LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 1230681600LL, "%12F|%12c", "  2008-12-31|Wed Dec 31 00:00:00 2008" },
	{ 1230681600LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 1230681600LL, "%l:%M %P", "12:00 am" },
	{ 1262304000LL, "%a %A %b %B %h", "Fri Friday Jan January Jan" },
	{ 1262304000LL, "%c", "Fri Jan  1 00:00:00 2010" },
	{ 1262304000LL, "%C %d %e %D", "20 01  1 01/01/10" },
	{ 1262304000LL, "%F", "2010-01-01" },
	{ 1262304000LL, "%g %G %V", "09 2009 53" },
	{ 1262304000LL, "%H %I %j %k %l", "00 12 001  0 12" },
	{ 1262304000LL, "%S %s %t %T %u %U %w %W", "00 1262304000 \t 00:00:00 5 00 5 00" },
	{ 1262304000LL, "%x %X %y %Y %z %Z %%", "01/01/10 00:00:00 10 2010 +0000 GMT %" },
	{ 1262304000LL, "%-d %_d %05Y %-m %_H %010d", "1  1 02010 1  0 0000000001" },
	{ 1262304000LL, "%^a %^B %#a %#p %#Z %^p", "FRI JANUARY FRI am gmt AM" },
	{ 1262304000LL, "%Ec %EY %Od %OH %Ey", "Fri Jan  1 00:00:00 2010 2010 01 00 10" },
	{ 1262304000LL, "%10A|%-10A|%010A", "    Friday|    Friday|0000Friday" },
	{ 1262304000LL, "%3d|%_3e|%-e|%4y|%_4C", "001|  1|1|0010|  20" },
	{ 1262304000LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 1262304000LL, "%12F|%12c", "  2010-01-01|Fri Jan  1 00:00:00 2010" },
	{ 1262304000LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 1262304000LL, "%l:%M %P", "12:00 am" },
	{ 1293753600LL, "%a %A %b %B %h", "Fri Friday Dec December Dec" },
	{ 1293753600LL, "%c", "Fri Dec 31 00:00:00 2010" },
	{ 1293753600LL, "%C %d %e %D", "20 31 31 12/31/10" },
	{ 1293753600LL, "%F", "2010-12-31" },
	{ 1293753600LL, "%g %G %V", "10 2010 52" },
	{ 1293753600LL, "%H %I %j %k %l", "00 12 365  0 12" },
	{ 1293753600LL, "%S %s %t %T %u %U %w %W", "00 1293753600 \t 00:00:00 5 52 5 52" },
	{ 1293753600LL, "%x %X %y %Y %z %Z %%", "12/31/10 00:00:00 10 2010 +0000 GMT %" },
	{ 1293753600LL, "%-d %_d %05Y %-m %_H %010d", "31 31 02010 12  0 0000000031" },
	{ 1293753600LL, "%^a %^B %#a %#p %#Z %^p", "FRI DECEMBER FRI am gmt AM" },
	{ 1293753600LL, "%Ec %EY %Od %OH %Ey", "Fri Dec 31 00:00:00 2010 2010 31 00 10" },
	{ 1293753600LL, "%10A|%-10A|%010A", "    Friday|    Friday|0000Friday" },
	{ 1293753600LL, "%3d|%_3e|%-e|%4y|%_4C", "031| 31|31|0010|  20" },
	{ 1293753600LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 1293753600LL, "%12F|%12c", "  2010-12-31|Fri Dec 31 00:00:00 2010" },
	{ 1293753600LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 1293753600LL, "%l:%M %P", "12:00 am" },
	{ 1609459200LL, "%a %A %b %B %h", "Fri Friday Jan January Jan" },
	{ 1609459200LL, "%c", "Fri Jan  1 00:00:00 2021" },
	{ 1609459200LL, "%C %d %e %D", "20 01  1 01/01/21" },
	{ 1609459200LL, "%F", "2021-01-01" },
	{ 1609459200LL, "%g %G %V", "20 2020 53" },
	{ 1609459200LL, "%H %I %j %k %l", "00 12 001  0 12" },
	{ 1609459200LL, "%S %s %t %T %u %U %w %W", "00 1609459200 \t 00:00:00 5 00 5 00" },
	{ 1609459200LL, "%x %X %y %Y %z %Z %%", "01/01/21 00:00:00 21 2021 +0000 GMT %" },
	{ 1609459200LL, "%-d %_d %05Y %-m %_H %010d", "1  1 02021 1  0 0000000001" },
	{ 1609459200LL, "%^a %^B %#a %#p %#Z %^p", "FRI JANUARY FRI am gmt AM" },
	{ 1609459200LL, "%Ec %EY %Od %OH %Ey", "Fri Jan  1 00:00:00 2021 2021 01 00 21" },
	{ 1609459200LL, "%10A|%-10A|%010A", "    Friday|    Friday|0000Friday" },
	{ 1609459200LL, "%3d|%_3e|%-e|%4y|%_4C", "001|  1|1|0021|  20" },
	{ 1609459200LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 1609459200LL, "%12F|%12c", "  2021-01-01|Fri Jan  1 00:00:00 2021" },
	{ 1609459200LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 1609459200LL, "%l:%M %P", "12:00 am" },
	{ -2208988800LL, "%a %A %b %B %h", "Mon Monday Jan January Jan" },
	{ -2208988800LL, "%c", "Mon Jan  1 00:00:00 1900" },
	{ -2208988800LL, "%C %d %e %D", "19 01  1 01/01/00" },
	{ -2208988800LL, "%F", "1900-01-01" },
	{ -2208988800LL, "%g %G %V", "00 1900 01" },
	{ -2208988800LL, "%H %I %j %k %l", "00 12 001  0 12" },
	{ -2208988800LL, "%S %s %t %T %u %U %w %W", "00 -2208988800 \t 00:00:00 1 00 1 01" },
	{ -2208988800LL, "%x %X %y %Y %z %Z %%", "01/01/00 00:00:00 00 1900 +0000 GMT %" },
	{ -2208988800LL, "%-d %_d %05Y %-m %_H %010d", "1  1 01900 1  0 0000000001" },
	{ -2208988800LL, "%^a %^B %#a %#p %#Z %^p", "MON JANUARY MON am gmt AM" },
	{ -2208988800LL, "%Ec %EY %Od %OH %Ey", "Mon Jan  1 00:00:00 1900 1900 01 00 00" },
	{ -2208988800LL, "%10A|%-10A|%010A", "    Monday|    Monday|0000Monday" },
	{ -2208988800LL, "%3d|%_3e|%-e|%4y|%_4C", "001|  1|1|0000|  19" },
	{ -2208988800LL, "%q %5q %E %", "%q   %5q %E %" },
	{ -2208988800LL, "%12F|%12c", "  1900-01-01|Mon Jan  1 00:00:00 1900" },
	{ -2208988800LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ -2208988800LL, "%l:%M %P", "12:00 am" },
	{ 253402300799LL, "%a %A %b %B %h", "Fri Friday Dec December Dec" },
	{ 253402300799LL, "%c", "Fri Dec 31 23:59:59 9999" },
	{ 253402300799LL, "%C %d %e %D", "99 31 31 12/31/99" },
	{ 253402300799LL, "%F", "9999-12-31" },
	{ 253402300799LL, "%g %G %V", "99 9999 52" },
	{ 253402300799LL, "%H %I %j %k %l", "23 11 365 23 11" },
	{ 253402300799LL, "%S %s %t %T %u %U %w %W", "59 253402300799 \t 23:59:59 5 52 5 52" },
	{ 253402300799LL, "%x %X %y %Y %z %Z %%", "12/31/99 23:59:59 99 9999 +0000 GMT %" },
	{ 253402300799LL, "%-d %_d %05Y %-m %_H %010d", "31 31 09999 12 23 0000000031" },
	{ 253402300799LL, "%^a %^B %#a %#p %#Z %^p", "FRI DECEMBER FRI pm gmt PM" },
	{ 253402300799LL, "%Ec %EY %Od %OH %Ey", "Fri Dec 31 23:59:59 9999 9999 31 23 99" },
	{ 253402300799LL, "%10A|%-10A|%010A", "    Friday|    Friday|0000Friday" },
	{ 253402300799LL, "%3d|%_3e|%-e|%4y|%_4C", "031| 31|31|0099|  99" },
	{ 253402300799LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 253402300799LL, "%12F|%12c", "  9999-12-31|Fri Dec 31 23:59:59 9999" },
	{ 253402300799LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 253402300799LL, "%l:%M %P", "11:59 pm" },
	{ 1483142400LL, "%a %A %b %B %h", "Sat Saturday Dec December Dec" },
	{ 1483142400LL, "%c", "Sat Dec 31 00:00:00 2016" },
	{ 1483142400LL, "%C %d %e %D", "20 31 31 12/31/16" },
	{ 1483142400LL, "%F", "2016-12-31" },
	{ 1483142400LL, "%g %G %V", "16 2016 52" },
	{ 1483142400LL, "%H %I %j %k %l", "00 12 366  0 12" },
	{ 1483142400LL, "%S %s %t %T %u %U %w %W", "00 1483142400 \t 00:00:00 6 52 6 52" },
	{ 1483142400LL, "%x %X %y %Y %z %Z %%", "12/31/16 00:00:00 16 2016 +0000 GMT %" },
	{ 1483142400LL, "%-d %_d %05Y %-m %_H %010d", "31 31 02016 12  0 0000000031" },
	{ 1483142400LL, "%^a %^B %#a %#p %#Z %^p", "SAT DECEMBER SAT am gmt AM" },
	{ 1483142400LL, "%Ec %EY %Od %OH %Ey", "Sat Dec 31 00:00:00 2016 2016 31 00 16" },
	{ 1483142400LL, "%10A|%-10A|%010A", "  Saturday|  Saturday|00Saturday" },
	{ 1483142400LL, "%3d|%_3e|%-e|%4y|%_4C", "031| 31|31|0016|  20" },
	{ 1483142400LL, "%q %5q %E %", "%q   %5q %E %" },
	{ 1483142400LL, "%12F|%12c", "  2016-12-31|Sat Dec 31 00:00:00 2016" },
	{ 1483142400LL, "%+Y %+4Y", "%+Y %+4Y" },
	{ 1483142400LL, "%l:%M %P", "12:00 am" },
};

int main(void)
{
	char buf[256];
	struct tm tm;

	for (unsigned i = 0; i < sizeof table / sizeof *table; i++) {
		time_t t = table[i].t;
		CHECK(gmtime_r(&t, &tm) == &tm);
		CHECK_INT(strftime(buf, sizeof buf, table[i].format, &tm), strlen(table[i].want));
		CHECK_STR(buf, table[i].want);
	}
	/* negative years: the sign counts in the width */
	tm = (struct tm){ .tm_year = -1905, .tm_mday = 5, .tm_mon = 2 };
	CHECK_INT(strftime(buf, sizeof buf, "%Y|%_6Y|%06Y|%-Y|%C|%y|%G", &tm), 28);
	CHECK_STR(buf, "-5|    -5|-00005|-5|-1|95|-6");
	CHECK_INT(strftime(buf, sizeof buf, "%-5Y|%-1Y", &tm), 8);
	CHECK_STR(buf, "   -5|-5");
	/* a composite is text: its zeros go before the sign (glibc; found
	 * by test/fuzz) */
	char composite[] = "%012F|%010D";       /* (gcc: no 0 flag for %F) */
	CHECK_INT(strftime(buf, sizeof buf, composite, &tm), 23);
	CHECK_STR(buf, "0000-5-03-05|0003/05/95");
	/* tm_isdst < 0: the zone is not known, so %z is nothing, and so is
	 * %Z without a tm_zone (glibc; found by test/fuzz) */
	tm = (struct tm){ .tm_year = 70, .tm_mday = 1, .tm_isdst = -1 };
	CHECK_INT(strftime(buf, sizeof buf, "[%z][%Z]", &tm), 4);
	CHECK_STR(buf, "[][]");
	tm.tm_zone = "GMT";
	CHECK_INT(strftime(buf, sizeof buf, "[%z][%Z]", &tm), 7);
	CHECK_STR(buf, "[][GMT]");
	tm.tm_isdst = 0;
	CHECK_INT(strftime(buf, sizeof buf, "[%z][%Z]", &tm), 12);
	CHECK_STR(buf, "[+0000][GMT]");
	/* too small: 0, whatever was written */
	CHECK_INT(strftime(buf, 5, "%Y-%m-%d", &tm), 0);
	CHECK_INT(strftime(buf, 0, "x", &tm), 0);
	CHECK_INT(strftime(buf, 1, table[0].format + strlen(table[0].format), &tm), 0);   /* "": fits, 0 */
	return check_done();
}
