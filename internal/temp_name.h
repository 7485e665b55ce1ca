/* Unique names from a template: the core of mkstemp, mkostemp, mkdtemp,
 * mkstemps and mkostemps (libc/stdlib/temp_name.c). */
#ifndef _TASKRT_INTERNAL_TEMP_NAME_H
#define _TASKRT_INTERNAL_TEMP_NAME_H

#include "defs.h"

/* Replace the six X's that end template, or that come just before its
 * last suffixlen characters, with random letters and digits, and
 * create(path, flags) the node, again with new letters while it is
 * EEXIST.  Returns create's result (a descriptor, or 0 for a directory),
 * or -1 with errno set (EINVAL: no XXXXXX there, or suffixlen < 0),
 * the template then as it was. */
hidden int __temp_name(char *template, int suffixlen, int (*create)(const char *, int), int flags);

/* create for the file forms: open O_RDWR | O_CREAT | O_EXCL | flags,
 * mode 0600. */
hidden int __temp_create_file(const char *path, int flags);

#endif
