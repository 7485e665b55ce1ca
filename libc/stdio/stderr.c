#include "internal/stdio.h"

/* stderr: file descriptor 2, unbuffered (each call's output, formatted on
 * the stack, leaves in one write()). */
static struct _IO_FILE f = {
	.flags = F_NORD | F_PERM, .mode = _IONBF, .buf = f.tiny + UNGET, .size = 1,
	.fd = 2, .write = __stdio_write, .seek = __stdio_seek, .close = __stdio_close,
};
FILE *const stderr = &f;
FILE *__stderr_used = &f;
