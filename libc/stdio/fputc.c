#include "internal/stdio.h"

/* Returns the byte as an unsigned char, or EOF. */
int fputc(int c, FILE *f)
{
	int locked = __lockfile(f);

	c = __putc_unlocked(c, f);
	__unlockfile(f, locked);
	return c;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}
