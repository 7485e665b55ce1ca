/* <dlfcn.h>: dynamic loading, which a static taskrt binary cannot do.
 * dlopen and dlsym fail, and dlerror says why; dladdr finds nothing.
 * The names and flags are glibc's, so that programs that can do without
 * plugins build unchanged and take their fallback path. */
#ifndef _DLFCN_H
#define _DLFCN_H

#include <features.h>

#define RTLD_LAZY     0x00001
#define RTLD_NOW      0x00002
#define RTLD_NOLOAD   0x00004
#define RTLD_DEEPBIND 0x00008
#define RTLD_GLOBAL   0x00100
#define RTLD_LOCAL    0
#define RTLD_NODELETE 0x01000
#define RTLD_DEFAULT  ((void *)0)
#define RTLD_NEXT     ((void *)-1l)

typedef struct {
	const char *dli_fname;   /* the object's file */
	void *dli_fbase;         /* where it is loaded */
	const char *dli_sname;   /* the nearest symbol */
	void *dli_saddr;         /* its address */
} Dl_info;

void *dlopen(const char *file, int flags);
int dlclose(void *handle);
void *dlsym(void *restrict handle, const char *restrict name);
char *dlerror(void);
#ifdef __TASKRT_GNU
int dladdr(const void *addr, Dl_info *info);
#endif

#endif
