#include "internal/stdio.h"

/* printf as <stdio.h>'s macro calls it, with the parts of the engine the
 * call needs (libc/stdio/format.c), and its twin __printf_sel_int. */
PRINTF_ENTRIES(__printf_sel, (const struct __printf_ops *ops, const char *restrict fmt, ...),
               __vfprintf_ops(stdout, fmt, ap, ops))
