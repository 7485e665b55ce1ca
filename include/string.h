#ifndef _STRING_H
#define _STRING_H

#include <features.h>
#include <bits/types.h>

/* ISO C */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
char *strcpy(char *restrict dst, const char *restrict src);
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
char *strcat(char *restrict dst, const char *restrict src);
char *strncat(char *restrict dst, const char *restrict src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *restrict dst, const char *restrict src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *restrict s, const char *restrict sep);
char *strerror(int errnum);

#ifdef __TASKRT_POSIX
/* POSIX and the common extensions */
#ifdef __TASKRT_GNU
void *memrchr(const void *s, int c, size_t n);
void *mempcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmem(const void *haystack, size_t hn, const void *needle, size_t nn);
#endif
size_t strnlen(const char *s, size_t max);
char *stpcpy(char *restrict dst, const char *restrict src);
char *stpncpy(char *restrict dst, const char *restrict src, size_t n);
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size);
size_t strlcat(char *restrict dst, const char *restrict src, size_t size);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
#ifdef __TASKRT_GNU
char *strchrnul(const char *s, int c);
#endif
char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save);
char *strsep(char **sp, const char *sep);
/* Two strerror_r: POSIX's returns 0 or an error number and fills buf;
 * GNU's (_GNU_SOURCE, as in glibc) returns the message, which is either
 * a static string (buf untouched) or buf.  The POSIX one's symbol is
 * glibc's __xpg_strerror_r; without _GNU_SOURCE an asm label binds the
 * name strerror_r to it, so a program built either way links the form it
 * was compiled for. */
int __xpg_strerror_r(int errnum, char *buf, size_t size);
#ifdef __TASKRT_GNU
char *strerror_r(int errnum, char *buf, size_t size);
#else
int strerror_r(int errnum, char *buf, size_t size) __asm__("__xpg_strerror_r");
#endif
char *strsignal(int sig);

#include <strings.h>
#endif

#ifdef __TASKRT_GNU
/* GNU extensions (libc/string/): rawmemchr has no length (c must be
 * there); strcasestr is strstr ignoring ASCII case; strverscmp orders
 * "file9" before "file10". */
void *rawmemchr(const void *s, int c);
char *strcasestr(const char *haystack, const char *needle);
int strverscmp(const char *a, const char *b);
#endif

#ifdef _GNU_SOURCE
/* What follows the last '/' (path unchanged).  In parentheses: after
 * <libgen.h>, basename(p) is the POSIX one. */
char *(basename)(const char *path);
#endif

#endif
