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

/* A program pays only for the printf it uses.  A call of printf, fprintf,
 * sprintf, snprintf or dprintf (asprintf: always the full one) goes, by
 * the macros below, to __printf_sel (...) with a struct __printf_ops that
 * names the parts of the engine the call can need, and only those are
 * linked:
 *   bit 0  the floating conversions (3 KiB): some argument is floating
 *          (real or complex), or there are more than 16 arguments;
 *   bit 1  %m's texts (strerror's 4 KiB table): the format is no string
 *          the compiler knows, or it has an 'm' after its first '%';
 *   bit 2  positional arguments: the format is not known, or has a '$'.
 *   bit 3  %lc and %ls (UTF-8 encoding): the format is not known, or it
 *          has a C or an S, or a c or an s right after l, h, z or t (the
 *          length letters that can leave a wide rank last: "%llhc" too).
 *          gcc folds __builtin_strstr on a literal; clang does not, and
 *          each of its calls gets the part.
 * Argument types are read in unevaluated contexts (classify_type,
 * _Generic) and the format only where __builtin_constant_p holds, so
 * each argument is still evaluated once; gcc and clang fold all of it at
 * every -O level, -O0 included.  The function printf itself (&printf,
 * (printf)(...), #undef printf, a program's own declaration before this
 * header) and the v-forms are the full engine.  A macro, not a weak
 * reference: which parts a call needs is known only where it is called,
 * and the float code must stay reachable from printf itself.
 * docs/stdio.md has the measurements. */
struct __printf_ops;
extern const struct __printf_ops __printf_ops0, __printf_ops1, __printf_ops2, __printf_ops3,
	__printf_ops4, __printf_ops5, __printf_ops6, __printf_ops7;
extern const struct __printf_ops __printf_ops8, __printf_ops9, __printf_ops10, __printf_ops11,
	__printf_ops12, __printf_ops13, __printf_ops14, __printf_ops15;
int __printf_sel(const struct __printf_ops *ops, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int __fprintf_sel(const struct __printf_ops *ops, FILE *restrict f, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
int __sprintf_sel(const struct __printf_ops *ops, char *restrict buf, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
int __snprintf_sel(const struct __printf_ops *ops, char *restrict buf, size_t size, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 4, 5)));
int __dprintf_sel(const struct __printf_ops *ops, int fd, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
/* The same five for a call with no floating argument: built to leave the
 * vector registers alone, so that their va_start saves none. */
int __printf_sel_int(const struct __printf_ops *ops, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int __fprintf_sel_int(const struct __printf_ops *ops, FILE *restrict f, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
int __sprintf_sel_int(const struct __printf_ops *ops, char *restrict buf, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
int __snprintf_sel_int(const struct __printf_ops *ops, char *restrict buf, size_t size, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 4, 5)));
int __dprintf_sel_int(const struct __printf_ops *ops, int fd, const char *restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));

#if defined(__GNUC__) && !defined(__cplusplus)
struct __printf_pad;
#define __PRINTF_PAD ((struct __printf_pad *)0)
/* An int, not a truth value: the results are joined with |, which
 * clang's -Wbool-operation rejects between truth values. */
#define __PRINTF_FP(x) ((int)(__builtin_classify_type(x) - 8u < 2u))  /* real_type_class, complex_type_class */
#define __PRINTF_FLOATS(...) __PRINTF_FLOATS_(__VA_ARGS__, __PRINTF_PAD, __PRINTF_PAD, \
	__PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, \
	__PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD, \
	__PRINTF_PAD, __PRINTF_PAD, __PRINTF_PAD)
/* The 17th is a pad unless there are more than 16 arguments. */
#define __PRINTF_FLOATS_(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, ...) \
	(__PRINTF_FP(a) | __PRINTF_FP(b) | __PRINTF_FP(c) | __PRINTF_FP(d) | \
	 __PRINTF_FP(e) | __PRINTF_FP(f) | __PRINTF_FP(g) | __PRINTF_FP(h) | \
	 __PRINTF_FP(i) | __PRINTF_FP(j) | __PRINTF_FP(k) | __PRINTF_FP(l) | \
	 __PRINTF_FP(m) | __PRINTF_FP(n) | __PRINTF_FP(o) | __PRINTF_FP(p) | \
	 __extension__ _Generic((q), struct __printf_pad *: 0, default: 1))
/* 1 unless the compiler can tell that e is 0. */
#define __PRINTF_MAY(e) (__builtin_constant_p(e) ? !!(e) : 1)
#define __PRINTF_HAS_M(fmt) __PRINTF_MAY(__builtin_strchr((fmt), '%') && \
	__builtin_strchr(__builtin_strchr((fmt), '%'), 'm'))
#define __PRINTF_HAS_POS(fmt) __PRINTF_MAY(__builtin_strchr((fmt), '$') != 0)
#define __PRINTF_LEN_CS(fmt, l) (__builtin_strstr((fmt), l "c") || __builtin_strstr((fmt), l "s"))
#define __PRINTF_HAS_WIDE(fmt) __PRINTF_MAY(__builtin_strchr((fmt), 'C') || \
	__builtin_strchr((fmt), 'S') || __PRINTF_LEN_CS(fmt, "l") || \
	__PRINTF_LEN_CS(fmt, "h") || __PRINTF_LEN_CS(fmt, "z") || __PRINTF_LEN_CS(fmt, "t"))
#define __PRINTF_OPS3(f, m, p) ((f) ? ((m) ? ((p) ? &__printf_ops7 : &__printf_ops3) \
				    : ((p) ? &__printf_ops5 : &__printf_ops1)) \
			     : ((m) ? ((p) ? &__printf_ops6 : &__printf_ops2) \
				    : ((p) ? &__printf_ops4 : &__printf_ops0)))
#define __PRINTF_OPS3W(f, m, p) ((f) ? ((m) ? ((p) ? &__printf_ops15 : &__printf_ops11) \
				     : ((p) ? &__printf_ops13 : &__printf_ops9)) \
			      : ((m) ? ((p) ? &__printf_ops14 : &__printf_ops10) \
				     : ((p) ? &__printf_ops12 : &__printf_ops8)))
#define __PRINTF_OPS4(f, m, p, w) ((w) ? __PRINTF_OPS3W(f, m, p) : __PRINTF_OPS3(f, m, p))
#define __PRINTF_OPS(fmt, ...) __PRINTF_OPS4(__PRINTF_FLOATS(__VA_ARGS__), \
	__PRINTF_HAS_M(fmt), __PRINTF_HAS_POS(fmt), __PRINTF_HAS_WIDE(fmt))
#define __PRINTF_ARG1(a, ...) a
#define __PRINTF_ARG2(a, b, ...) b
#define __PRINTF_ARG3(a, b, c, ...) c
/* name_sel, or name_sel_int for a call with no floating argument. */
#define __PRINTF_SEL(name, ...) (__PRINTF_FLOATS(__VA_ARGS__) ? name##_sel : name##_sel_int)
#define printf(...) __PRINTF_SEL(__printf, __VA_ARGS__) \
	(__PRINTF_OPS(__PRINTF_ARG1(__VA_ARGS__, 0), __VA_ARGS__), __VA_ARGS__)
#define fprintf(...) __PRINTF_SEL(__fprintf, __VA_ARGS__) \
	(__PRINTF_OPS(__PRINTF_ARG2(__VA_ARGS__, 0, 0), __VA_ARGS__), __VA_ARGS__)
#define sprintf(...) __PRINTF_SEL(__sprintf, __VA_ARGS__) \
	(__PRINTF_OPS(__PRINTF_ARG2(__VA_ARGS__, 0, 0), __VA_ARGS__), __VA_ARGS__)
#define snprintf(...) __PRINTF_SEL(__snprintf, __VA_ARGS__) \
	(__PRINTF_OPS(__PRINTF_ARG3(__VA_ARGS__, 0, 0, 0), __VA_ARGS__), __VA_ARGS__)
#ifdef __TASKRT_POSIX
#define dprintf(...) __PRINTF_SEL(__dprintf, __VA_ARGS__) \
	(__PRINTF_OPS(__PRINTF_ARG2(__VA_ARGS__, 0, 0), __VA_ARGS__), __VA_ARGS__)
#endif
#endif

int rename(const char *oldpath, const char *newpath);
int remove(const char *path);
#ifdef __TASKRT_POSIX
int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
#endif
#ifdef __TASKRT_GNU
#include <bits/rename.h>   /* RENAME_NOREPLACE, RENAME_EXCHANGE, RENAME_WHITEOUT */
int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
#endif

#endif
