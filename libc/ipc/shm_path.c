/* The file behind a POSIX shared memory object's name (internal/shm.h). */
#include <string.h>
#include "internal/shm.h"

int __shm_path(char *path, const char *name)
{
	size_t n;

	while (*name == '/')
		name++;
	n = strlen(name);
	if (n == 0 || strchr(name, '/') || n >= SHM_PATH_SIZE - (sizeof SHM_DIR - 1))
		return -1;
	memcpy(path, SHM_DIR, sizeof SHM_DIR - 1);
	memcpy(path + sizeof SHM_DIR - 1, name, n + 1);
	return 0;
}
