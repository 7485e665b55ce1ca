/* Character classes by name, for bracket expressions ("[[:alpha:]]") in
 * fnmatch, glob and regcomp: the "C" locale's, as <ctype.h> has them. */
#ifndef _TASKRT_INTERNAL_CHARCLASS_H
#define _TASKRT_INTERNAL_CHARCLASS_H

#include <stddef.h>
#include "defs.h"

/* The class named by the len bytes at name ("alpha", ...): a number
 * above 0, or 0 if there is no such class. */
hidden int __char_class(const char *name, size_t len);
/* Whether byte c is in class cls (a number __char_class gave). */
hidden int __in_char_class(int cls, int c);

#endif
