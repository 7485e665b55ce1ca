#include <string.h>
#include <stdio_ext.h>
#include "internal/stdio.h"

weak int fputs_unlocked(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);

	return __fwritex((const unsigned char *)s, n, f) == n ? 1 : EOF;
}

weak int fflush_unlocked(FILE *f)
{
	return f ? __fflush_unlocked(f) : __stdio_flush_all();
}

weak int feof_unlocked(FILE *f) { return !!(f->flags & F_EOF); }
weak int ferror_unlocked(FILE *f) { return !!(f->flags & F_ERR); }
weak void clearerr_unlocked(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }

/* Bytes waiting in the buffer to be written (glibc's <stdio_ext.h>). */
weak size_t __fpending(FILE *f)
{
	return f->wpos ? (size_t)(f->wpos - f->buf) : 0;
}
