/* nl_langinfo: the C locale's items, the character set LC_CTYPE's.  An
 * item taskrt does not know is "" (POSIX: "an empty string"). */
#include <langinfo.h>
#include "internal/locale.h"

static const char *const items[__NL_ITEMS] = {
	[CODESET] = "ANSI_X3.4-1968", [RADIXCHAR] = ".", [THOUSEP] = "",
	[YESEXPR] = "^[yY]", [NOEXPR] = "^[nN]", [CRNCYSTR] = "-",
	[D_T_FMT] = "%a %b %e %H:%M:%S %Y", [D_FMT] = "%m/%d/%y", [T_FMT] = "%H:%M:%S",
	[T_FMT_AMPM] = "%I:%M:%S %p", [AM_STR] = "AM", [PM_STR] = "PM",
	[ERA] = "", [ERA_D_FMT] = "", [ALT_DIGITS] = "", [ERA_D_T_FMT] = "", [ERA_T_FMT] = "",
	[DAY_1] = "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	[ABDAY_1] = "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
	[MON_1] = "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	[ABMON_1] = "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	[YESSTR] = "", [NOSTR] = "",
};

static char *item_of(nl_item item, const struct __locale_struct *l)
{
	if (item == CODESET && l->utf8)
		return (char *)"UTF-8";
	if (item < 0 || item >= __NL_ITEMS || !items[item])
		return (char *)"";
	return (char *)items[item];
}

weak char *nl_langinfo(nl_item item)
{
	return item_of(item, __current_locale());
}

weak char *nl_langinfo_l(nl_item item, locale_t locale)
{
	return item_of(item, locale == LC_GLOBAL_LOCALE ? &__global_locale : locale);
}
