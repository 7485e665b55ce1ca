#include "internal/stdio.h"

int fgetc(FILE *f)
{
	int locked = __lockfile(f), c = __getc_unlocked(f);

	__unlockfile(f, locked);
	return c;
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}
