/* Collation: in taskrt's locales (C and C.UTF-8, whose order is that of
 * the bytes, which for UTF-8 is that of the code points) strcoll is
 * strcmp, and strxfrm's transform is the string itself. */
#include <string.h>

int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

/* The transform's length; a copy of it if that fits in n bytes. */
size_t strxfrm(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = strlen(src);

	if (len < n)
		memcpy(dst, src, len + 1);
	return len;
}
