/* The string conversions behind mbsrtowcs and wcsrtombs (their POSIX
 * forms with an input limit), shared with the <stdlib.h> ones. */
#ifndef _TASKRT_INTERNAL_WCHAR_H
#define _TASKRT_INTERNAL_WCHAR_H

#include <wchar.h>
#include "defs.h"

hidden size_t __mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t len,
                           mbstate_t *restrict state);
hidden size_t __wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t len,
                           mbstate_t *restrict state);

#endif
