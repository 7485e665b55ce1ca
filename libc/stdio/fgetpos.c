#include "internal/stdio.h"

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t r = __ftello(f);

	if (r < 0)
		return -1;
	pos->__pos = r;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return __fseeko(f, pos->__pos, SEEK_SET);
}
