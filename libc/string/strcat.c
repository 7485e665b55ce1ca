#include <string.h>

/* Append s to the string at d. */
char *strcat(char *restrict d, const char *restrict s)
{
	stpcpy(d + strlen(d), s);
	return d;
}
