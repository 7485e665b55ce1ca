/* execl and execlp: the argument list, copied into an array on the stack
 * (its length counted first), then execv / execvp. */
#include <stdarg.h>
#include <unistd.h>
#include "internal/defs.h"

#define COLLECT_ARGS(first, argv)                                   \
	va_list ap;                                                  \
	int n = 1;                                                   \
	va_start(ap, first);                                         \
	while (va_arg(ap, const char *))                             \
		n++;                                                 \
	va_end(ap);                                                  \
	char *argv[n + 1];                                           \
	argv[0] = (char *)first;                                     \
	va_start(ap, first);                                         \
	for (int i = 1; i <= n; i++)                                 \
		argv[i] = va_arg(ap, char *);                        \
	va_end(ap)

weak int execl(const char *path, const char *arg, ...)
{
	COLLECT_ARGS(arg, argv);
	return __execv(path, argv);
}

weak int execlp(const char *file, const char *arg, ...)
{
	COLLECT_ARGS(arg, argv);
	return __execvp(file, argv);
}
