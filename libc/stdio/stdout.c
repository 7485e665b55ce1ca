#include "internal/stdio.h"

/* stdout: file descriptor 1, its buffer in .bss; line-buffered on a
 * terminal, fully buffered elsewhere (decided on first use). */
static unsigned char buf[UNGET + STDIO_BUFSIZ];
static struct _IO_FILE f = {
	.flags = F_NORD | F_PERM, .mode = -1, .buf = buf + UNGET, .size = STDIO_BUFSIZ,
	.fd = 1, .write = __stdio_write, .seek = __stdio_seek, .close = __stdio_close,
};
FILE *const stdout = &f;
FILE *__stdout_used = &f;
