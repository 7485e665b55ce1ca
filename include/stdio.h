#ifndef _STDIO_H
#define _STDIO_H

/* taskrt's stdio writes through: every call that prints hands its whole
 * output to the kernel in one write() (formatted in a 1 KiB buffer; longer
 * output goes in 1 KiB pieces), so nothing waits in a buffer and lines from
 * concurrent threads never interleave.  fflush() has nothing to do. */
#include <stdarg.h>
#include <features.h>
#include <bits/types.h>

typedef struct _IO_FILE FILE;
extern FILE *const stdin, *const stdout, *const stderr;
#define stdin  stdin
#define stdout stdout
#define stderr stderr

#define EOF (-1)
#define BUFSIZ 1024

int printf(const char *restrict fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
int fprintf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
#ifdef __TASKRT_POSIX
int dprintf(int fd, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
#endif
int sprintf(char *restrict buf, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 3, 4)));
int vprintf(const char *restrict fmt, va_list ap);
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap);
#ifdef __TASKRT_POSIX
int vdprintf(int fd, const char *restrict fmt, va_list ap);
#endif
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap);
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap);

int puts(const char *s);
int putchar(int c);
int fputs(const char *restrict s, FILE *restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
size_t fwrite(const void *restrict p, size_t size, size_t count, FILE *restrict f);
int fflush(FILE *f);
#ifdef __TASKRT_POSIX
int fileno(FILE *f);
#endif
void perror(const char *s);

int rename(const char *oldpath, const char *newpath);
int remove(const char *path);
#ifdef __TASKRT_POSIX
int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
#endif

#endif
