/* The locale state (libc/locale/).  A locale is the name of each of its
 * 13 categories (indexes LC_CTYPE ... LC_IDENTIFICATION, LC_ALL's slot
 * unused) and one fact that changes behaviour: whether LC_CTYPE is UTF-8.
 * The global locale is what setlocale changes; a thread that called
 * uselocale with a locale object follows that object instead. */
#ifndef _TASKRT_INTERNAL_LOCALE_H
#define _TASKRT_INTERNAL_LOCALE_H

#include <locale.h>
#include "defs.h"

#define LOCALE_CATEGORIES 13

struct __locale_struct {
	const char *names[LOCALE_CATEGORIES];   /* "C", or "C.UTF-8" as spelt */
	int utf8;                                /* LC_CTYPE is C.UTF-8 */
};

hidden extern struct __locale_struct __global_locale;
/* The thread's locale object from uselocale, or 0: the global one. */
hidden extern _Thread_local struct __locale_struct *__thread_locale;

/* The name of a locale taskrt has ("C", or a spelling of C.UTF-8), or 0. */
hidden const char *__locale_name(const char *name);

static inline struct __locale_struct *__current_locale(void)
{
	return __thread_locale ? __thread_locale : &__global_locale;
}

/* Is the current LC_CTYPE UTF-8 (else ASCII, one byte a character)? */
static inline int __locale_utf8(void)
{
	return __current_locale()->utf8;
}

#endif
