/* <wchar.h>: wide characters (wchar_t is a 32-bit code point) and their
 * multibyte forms in the current locale: UTF-8 in C.UTF-8, one ASCII
 * byte in C (where a byte above 0x7f is EILSEQ, as in glibc). */
#ifndef _WCHAR_H
#define _WCHAR_H

#include <features.h>
#include <bits/types.h>
#include <stdarg.h>

#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
typedef __WINT_TYPE__ wint_t;

#define WCHAR_MIN __WCHAR_MIN__
#define WCHAR_MAX __WCHAR_MAX__
#define WEOF ((wint_t)-1)

/* The conversion state: a character begun but not finished.  Zeroed is
 * the initial state.  8 bytes, as glibc's. */
typedef struct {
	unsigned __value;          /* the bits of the character so far */
	unsigned short __count;    /* continuation bytes still to come */
	unsigned short __length;   /* the whole sequence's length */
} mbstate_t;

struct tm;
struct _IO_FILE;

wint_t btowc(int c);
int wctob(wint_t c);
int mbsinit(const mbstate_t *state);
size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict state);
size_t mbrtowc(wchar_t *restrict wc, const char *restrict s, size_t n, mbstate_t *restrict state);
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict state);
size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len, mbstate_t *restrict state);
size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len, mbstate_t *restrict state);

size_t wcslen(const wchar_t *s);
wchar_t *wcscpy(wchar_t *restrict dst, const wchar_t *restrict src);
wchar_t *wcsncpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n);
wchar_t *wcscat(wchar_t *restrict dst, const wchar_t *restrict src);
wchar_t *wcsncat(wchar_t *restrict dst, const wchar_t *restrict src, size_t n);
int wcscmp(const wchar_t *a, const wchar_t *b);
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
int wcscoll(const wchar_t *a, const wchar_t *b);
size_t wcsxfrm(wchar_t *restrict dst, const wchar_t *restrict src, size_t n);
wchar_t *wcschr(const wchar_t *s, wchar_t c);
wchar_t *wcsrchr(const wchar_t *s, wchar_t c);
size_t wcsspn(const wchar_t *s, const wchar_t *accept);
size_t wcscspn(const wchar_t *s, const wchar_t *reject);
wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept);
wchar_t *wcsstr(const wchar_t *haystack, const wchar_t *needle);
wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict save);
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n);
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wmemcpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n);
wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n);
wchar_t *wmemset(wchar_t *s, wchar_t c, size_t n);
long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base);
unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base);
long long wcstoll(const wchar_t *restrict s, wchar_t **restrict end, int base);
unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base);

/* Wide characters on byte streams, converted through the locale. */
wint_t fgetwc(struct _IO_FILE *f);
wint_t getwc(struct _IO_FILE *f);
wint_t getwchar(void);
wint_t fputwc(wchar_t wc, struct _IO_FILE *f);
wint_t putwc(wchar_t wc, struct _IO_FILE *f);
wint_t putwchar(wchar_t wc);
int fputws(const wchar_t *restrict s, struct _IO_FILE *restrict f);
int fwide(struct _IO_FILE *f, int mode);
/* Wide formatted output (libc/wchar/wprintf.c: a width or precision of
 * %s counts bytes, and the stream forms return bytes written). */
int fwprintf(struct _IO_FILE *restrict f, const wchar_t *restrict fmt, ...);
int wprintf(const wchar_t *restrict fmt, ...);
int swprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, ...);
int vfwprintf(struct _IO_FILE *restrict f, const wchar_t *restrict fmt, va_list ap);
int vwprintf(const wchar_t *restrict fmt, va_list ap);
int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap);


#ifdef __TASKRT_POSIX
size_t wcsnlen(const wchar_t *s, size_t max);
wchar_t *wcsdup(const wchar_t *s);
int wcscasecmp(const wchar_t *a, const wchar_t *b);
int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n);
size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t len,
                  mbstate_t *restrict state);
size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t len,
                  mbstate_t *restrict state);
#ifdef __TASKRT_XOPEN
int wcwidth(wchar_t wc);
int wcswidth(const wchar_t *s, size_t n);
#endif
wchar_t *wcpcpy(wchar_t *restrict dst, const wchar_t *restrict src);
wchar_t *wcpncpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n);
#endif

#endif
