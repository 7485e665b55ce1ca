#include "internal/stdio.h"

/* The three standard streams: just file descriptors 0, 1 and 2. */
static struct _IO_FILE files[3] = { { 0 }, { 1 }, { 2 } };

FILE *const stdin = &files[0];
FILE *const stdout = &files[1];
FILE *const stderr = &files[2];
