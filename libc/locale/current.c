/* The global locale, "C" in every category until setlocale says
 * otherwise, and the thread's uselocale override (internal/locale.h). */
#include "internal/locale.h"

struct __locale_struct __global_locale = {
	{ "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C" }, 0
};

_Thread_local struct __locale_struct *__thread_locale;

/* The spellings glibc accepts for the two locales a Debian system always
 * has ("POSIX" is "C" again).  Any other name is a locale taskrt does
 * not have. */
const char *__locale_name(const char *name)
{
	static const char *const c[] = { "C", "POSIX" };
	static const char *const utf8[] = { "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8" };

	for (unsigned i = 0; i < sizeof c / sizeof *c; i++)
		if (!__builtin_strcmp(name, c[i]))
			return "C";
	for (unsigned i = 0; i < sizeof utf8 / sizeof *utf8; i++)
		if (!__builtin_strcmp(name, utf8[i]))
			return utf8[i];   /* as spelt: glibc answers the name it was given */
	return 0;
}
