#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <bits/types.h>
#ifdef __TASKRT_POSIX
#include <sys/types.h>   /* as glibc's does (and so select, through it) */
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX     0x7fffffff
/* The most bytes a character takes in the current locale: 1 in C, 6 in
 * C.UTF-8 (glibc's figure, though taskrt writes at most 4). */
#define MB_CUR_MAX   (__ctype_get_mb_cur_max())
size_t __ctype_get_mb_cur_max(void);

#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);
void *aligned_alloc(size_t alignment, size_t size);
#ifdef __TASKRT_POSIX
int posix_memalign(void **result, size_t alignment, size_t size);
#endif
#ifdef __TASKRT_GNU
void *reallocarray(void *ptr, size_t count, size_t size);
#endif

long strtol(const char *restrict s, char **restrict end, int base);
unsigned long strtoul(const char *restrict s, char **restrict end, int base);
long long strtoll(const char *restrict s, char **restrict end, int base);
unsigned long long strtoull(const char *restrict s, char **restrict end, int base);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double strtod(const char *restrict s, char **restrict end);
float strtof(const char *restrict s, char **restrict end);
long double strtold(const char *restrict s, char **restrict end);
double atof(const char *s);

char *getenv(const char *name);
#ifdef __TASKRT_POSIX
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
#endif

#ifdef __TASKRT_POSIX
int mkstemp(char *template);
#ifdef __TASKRT_GNU
int mkostemp(char *template, int flags);
#endif
char *mkdtemp(char *template);
char *realpath(const char *restrict path, char *restrict resolved);
#endif

#ifdef __TASKRT_POSIX
/* Pseudo-terminals (libc/termios/pty.c). */
#ifdef __TASKRT_XOPEN
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);
int ptsname_r(int fd, char *buf, size_t size);
#endif
#endif

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));

int abs(int x);
long labs(long x);
long long llabs(long long x);
div_t div(int num, int den);
ldiv_t ldiv(long num, long den);
lldiv_t lldiv(long long num, long long den);

int mblen(const char *s, size_t n);
int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *restrict dst, const char *restrict src, size_t n);
size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t n);

int rand(void);
void srand(unsigned seed);

#ifdef __TASKRT_POSIX
/* glibc's random() (the same sequences) and the drand48 family. */
long random(void);
void srandom(unsigned seed);
char *initstate(unsigned seed, char *state, size_t size);
char *setstate(char *state);
double drand48(void);
double erand48(unsigned short x[3]);
long lrand48(void);
long nrand48(unsigned short x[3]);
long mrand48(void);
long jrand48(unsigned short x[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short param[7]);

/* random() on a state of the caller's (libc/stdlib/random_r.c): glibc's
 * struct, which the caller zeroes before the first initstate_r, and the
 * same sequences as random(). */
struct random_data {
	int32_t *fptr;          /* the front word, which the next call adds to */
	int32_t *rptr;          /* the rear word, added into the front one */
	int32_t *state;         /* the words: the buffer's second on */
	int rand_type;          /* 0 (a plain LCG) to 4 */
	int rand_deg;           /* number of words */
	int rand_sep;           /* distance from rear to front */
	int32_t *end_ptr;       /* state + rand_deg */
};
int random_r(struct random_data *restrict data, int32_t *restrict result);
int srandom_r(unsigned seed, struct random_data *data);
int initstate_r(unsigned seed, char *restrict state, size_t size, struct random_data *restrict data);
int setstate_r(char *restrict state, struct random_data *restrict data);
#endif

#ifdef __TASKRT_POSIX
/* BSD and SVID extensions glibc shows by default. */
int mkstemps(char *template, int suffixlen);
int getloadavg(double loadavg[], int count);
int rpmatch(const char *response);
int getsubopt(char **restrict option, char *const *restrict tokens, char **restrict value);
#endif

#ifdef __TASKRT_GNU
int mkostemps(char *template, int suffixlen, int flags);
char *canonicalize_file_name(const char *path);
char *secure_getenv(const char *name);
#endif

int system(const char *command);
_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*fn)(void));

#endif
