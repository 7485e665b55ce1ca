/* Locale objects (POSIX.1-2008): newlocale, duplocale, freelocale, and
 * uselocale, which makes one the calling thread's locale. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/locale.h"

weak locale_t newlocale(int mask, const char *name, locale_t base)
{
	const char *names[LOCALE_CATEGORIES], *n;
	struct __locale_struct *l;

	if ((mask & ~LC_ALL_MASK) || !name) {
		errno = EINVAL;
		return 0;
	}
	for (int c = 0; c < LOCALE_CATEGORIES; c++)
		names[c] = base && base != LC_GLOBAL_LOCALE ? base->names[c]
		         : base ? __global_locale.names[c] : "C";
	for (int c = 0; c < LOCALE_CATEGORIES; c++) {
		if (!(mask & (1 << c)))
			continue;
		n = *name ? name : getenv("LC_ALL");
		if (!n || !*n)
			n = getenv("LANG");
		if (!(names[c] = __locale_name(n && *n ? n : "C"))) {
			errno = ENOENT;
			return 0;
		}
	}
	/* POSIX lets newlocale reuse base; a fresh object is simpler and
	 * just as valid (base is freed, as if it had been modified). */
	l = malloc(sizeof *l);
	if (!l)
		return 0;
	memcpy(l->names, names, sizeof names);
	l->utf8 = strcmp(names[LC_CTYPE], "C") != 0;
	if (base && base != LC_GLOBAL_LOCALE)
		free(base);
	return l;
}

weak locale_t duplocale(locale_t locale)
{
	struct __locale_struct *l = malloc(sizeof *l);

	if (l)
		*l = *(locale == LC_GLOBAL_LOCALE ? &__global_locale : locale);
	return l;
}

weak void freelocale(locale_t locale)
{
	if (locale != LC_GLOBAL_LOCALE)
		free(locale);
}

/* The thread's locale before the call (LC_GLOBAL_LOCALE if it had none
 * of its own); locale 0 only asks. */
weak locale_t uselocale(locale_t locale)
{
	locale_t old = __thread_locale ? __thread_locale : LC_GLOBAL_LOCALE;

	if (locale)
		__thread_locale = locale == LC_GLOBAL_LOCALE ? 0 : locale;
	return old;
}
