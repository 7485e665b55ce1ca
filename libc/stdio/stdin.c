#include "internal/stdio.h"

/* stdin: file descriptor 0, its buffer in .bss; line-buffered on a
 * terminal, fully buffered elsewhere (decided on first use). */
static unsigned char buf[UNGET + STDIO_BUFSIZ];
static struct _IO_FILE f = {
	.flags = F_NOWR | F_PERM, .mode = -1, .buf = buf + UNGET, .size = STDIO_BUFSIZ,
	.fd = 0, .read = __stdio_read, .seek = __stdio_seek, .close = __stdio_close,
};
FILE *const stdin = &f;
FILE *__stdin_used = &f;
