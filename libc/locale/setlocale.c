/* setlocale: query or set one category, or all (LC_ALL).
 *
 *   name NULL   the category's name; for LC_ALL the one name all share,
 *               or glibc's composite "LC_CTYPE=...;LC_NUMERIC=...;..."
 *   name ""     each category from the environment: LC_ALL, else
 *               LC_<category>, else LANG, else "C" (POSIX's order)
 *   otherwise   "C"/"POSIX" or "C.UTF-8"/"C.utf8"; for LC_ALL also a
 *               composite string as a query returned it
 *
 * A name taskrt does not have fails (NULL) and changes nothing, as glibc
 * fails for a locale that is not installed.  Returns the new name. */
#include <stdlib.h>
#include <string.h>
#include "internal/locale.h"
#include "internal/lock.h"

static const char *const category_names[LOCALE_CATEGORIES] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL",
	"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
};

static volatile int lock;

/* The name of category c in the environment (name ""). */
static const char *from_environment(int c)
{
	const char *v = getenv("LC_ALL");

	if (!v || !*v)
		v = getenv(category_names[c]);
	if (!v || !*v)
		v = getenv("LANG");
	if (!v || !*v)
		v = "C";
	return v;
}

/* Parse a composite "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..." into names. */
static int composite(const char *s, const char *names[LOCALE_CATEGORIES])
{
	for (int c = 0; c < LOCALE_CATEGORIES; c++)
		names[c] = "C";
	while (*s) {
		const char *eq = strchr(s, '='), *end;
		char value[32];
		int c;
		if (!eq)
			return 0;
		end = strchr(eq, ';');
		if (!end)
			end = eq + strlen(eq);
		for (c = 0; c < LOCALE_CATEGORIES; c++)
			if (c != LC_ALL && strlen(category_names[c]) == (size_t)(eq - s)
			    && !strncmp(s, category_names[c], eq - s))
				break;
		if (c == LOCALE_CATEGORIES || (size_t)(end - eq - 1) >= sizeof value)
			return 0;
		memcpy(value, eq + 1, end - eq - 1);
		value[end - eq - 1] = 0;
		if (!(names[c] = __locale_name(value)))
			return 0;
		s = *end ? end + 1 : end;
	}
	return 1;
}

/* The answer for LC_ALL: one name, or all of them spelt out. */
static char *query_all(const struct __locale_struct *l)
{
	static char buf[LOCALE_CATEGORIES * 32];
	char *p = buf;
	int same = 1;

	for (int c = 1; c < LOCALE_CATEGORIES; c++)
		same &= c == LC_ALL || l->names[c] == l->names[0];
	if (same)
		return (char *)l->names[0];
	for (int c = 0; c < LOCALE_CATEGORIES; c++) {
		if (c == LC_ALL)
			continue;
		p += strlen(strcpy(p, category_names[c]));
		*p++ = '=';
		p += strlen(strcpy(p, l->names[c]));
		*p++ = ';';
	}
	p[-1] = 0;
	return buf;
}

char *setlocale(int category, const char *name)
{
	const char *names[LOCALE_CATEGORIES];
	struct __locale_struct *g = &__global_locale;
	char *result;

	if (category < 0 || category >= LOCALE_CATEGORIES)
		return 0;
	if (!name)
		return category == LC_ALL ? query_all(g) : (char *)g->names[category];
	for (int c = 0; c < LOCALE_CATEGORIES; c++)
		names[c] = g->names[c];
	if (category == LC_ALL && strchr(name, '=')) {
		if (!composite(name, names))
			return 0;
	} else {
		for (int c = 0; c < LOCALE_CATEGORIES; c++) {
			if (c == LC_ALL || (category != LC_ALL && c != category))
				continue;
			if (!(names[c] = __locale_name(*name ? name : from_environment(c))))
				return 0;
		}
	}
	__lock(&lock);
	for (int c = 0; c < LOCALE_CATEGORIES; c++)
		g->names[c] = names[c];
	g->utf8 = strcmp(names[LC_CTYPE], "C") != 0;
	result = category == LC_ALL ? query_all(g) : (char *)g->names[category];
	__unlock(&lock);
	return result;
}
