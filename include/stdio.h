#ifndef _STDIO_H
#define _STDIO_H

/* Buffered streams as in glibc (docs/stdio.md): stdout is line-buffered
 * on a terminal and fully buffered elsewhere, stderr unbuffered, and exit()
 * flushes every stream.  Each call locks its stream once the process has
 * a second thread. */
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
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define L_tmpnam 20
#define TMP_MAX 238328
#ifdef __TASKRT_POSIX
#define P_tmpdir "/tmp"
#endif

typedef struct { off_t __pos; } fpos_t;

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

FILE *fopen(const char *restrict path, const char *restrict mode);
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f);
int fclose(FILE *f);
size_t fread(void *restrict p, size_t size, size_t count, FILE *restrict f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *restrict s, int n, FILE *restrict f);
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *restrict f, fpos_t *restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
void setbuf(FILE *restrict f, char *restrict buf);
FILE *tmpfile(void);
char *tmpnam(char *s);

int scanf(const char *restrict fmt, ...) __attribute__((__format__(__scanf__, 1, 2)));
int fscanf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((__format__(__scanf__, 2, 3)));
int sscanf(const char *restrict s, const char *restrict fmt, ...) __attribute__((__format__(__scanf__, 2, 3)));
int vscanf(const char *restrict fmt, va_list ap) __attribute__((__format__(__scanf__, 1, 0)));
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) __attribute__((__format__(__scanf__, 2, 0)));
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) __attribute__((__format__(__scanf__, 2, 0)));

#ifdef __TASKRT_POSIX
FILE *fdopen(int fd, const char *mode);
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);
FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode);
FILE *open_memstream(char **ptr, size_t *size);
int fseeko(FILE *f, off_t off, int whence);
off_t ftello(FILE *f);
ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f);
ssize_t getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f);
void flockfile(FILE *f);
int ftrylockfile(FILE *f);
void funlockfile(FILE *f);
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
void setbuffer(FILE *restrict f, char *restrict buf, size_t size);
void setlinebuf(FILE *f);
int fgetc_unlocked(FILE *f);
int fputc_unlocked(int c, FILE *f);
int fputs_unlocked(const char *restrict s, FILE *restrict f);
size_t fwrite_unlocked(const void *restrict p, size_t size, size_t count, FILE *restrict f);
size_t fread_unlocked(void *restrict p, size_t size, size_t count, FILE *restrict f);
int fflush_unlocked(FILE *f);
int feof_unlocked(FILE *f);
int ferror_unlocked(FILE *f);
void clearerr_unlocked(FILE *f);
int fileno_unlocked(FILE *f);
char *fgets_unlocked(char *restrict s, int n, FILE *restrict f);
int asprintf(char **restrict s, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
int vasprintf(char **restrict s, const char *restrict fmt, va_list ap);

typedef ssize_t cookie_read_function_t(void *cookie, char *buf, size_t n);
typedef ssize_t cookie_write_function_t(void *cookie, const char *buf, size_t n);
typedef int cookie_seek_function_t(void *cookie, off_t *off, int whence);
typedef int cookie_close_function_t(void *cookie);
typedef struct {
	cookie_read_function_t *read;
	cookie_write_function_t *write;
	cookie_seek_function_t *seek;
	cookie_close_function_t *close;
} cookie_io_functions_t;
FILE *fopencookie(void *restrict cookie, const char *restrict mode, cookie_io_functions_t io);
#endif

int rename(const char *oldpath, const char *newpath);
int remove(const char *path);
#ifdef __TASKRT_POSIX
int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
#endif

#endif
