/* The conversions behind <wchar.h>'s: mbrtowc and wcrtomb for a given
 * set (utf8 1: UTF-8, 0: ASCII) rather than the locale's, for iconv; and
 * mbsrtowcs and wcsrtombs with an input limit (their POSIX forms). */
#ifndef _TASKRT_INTERNAL_WCHAR_H
#define _TASKRT_INTERNAL_WCHAR_H

#include <wchar.h>
#include "defs.h"

hidden size_t __mbrtowc_in(wchar_t *restrict wc, const char *restrict s, size_t n,
                           mbstate_t *restrict state, int utf8);
hidden size_t __wcrtomb_in(char *restrict s, wchar_t wc, int utf8);
hidden size_t __mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t len,
                           mbstate_t *restrict state);
hidden size_t __wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t len,
                           mbstate_t *restrict state);

#endif
