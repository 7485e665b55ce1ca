/* stdio's insides, shared by the files in libc/stdio/ and nothing else
 * (docs/stdio.md has the whole picture).
 *
 * A FILE is a buffer in front of four operations (read, write, seek,
 * close): a file descriptor's system calls for fopen's streams, the
 * program's functions for fopencookie, a memory area for fmemopen and
 * open_memstream.  At any moment a stream is either reading or writing or
 * neither, never both:
 *
 *   reading:  rpos..rend are bytes read from the file, not yet taken;
 *   writing:  buf..wpos are bytes taken from the program, not yet written,
 *             and wend is where the room ends (buf itself when unbuffered).
 *
 * Every buffer has UNGET spare bytes before buf, so that ungetc always has
 * room for a few bytes even right after the buffer was refilled.
 *
 * Everything that prints goes through a "sink": a buffer with a rule for
 * what happens when it is full.
 *
 *   string sink (snprintf):  buf is the caller's array; once it is full,
 *                            further bytes are only counted, not stored.
 *   flushing sink:           buf is 1 KiB on the caller's stack; once it
 *                            is full, flush() passes it on (to a file
 *                            descriptor, or into a growing heap array for
 *                            asprintf) and it fills again.
 *   stream sink (printf):    buf is the FILE's own buffer from wpos on
 *                            (libc/stdio/sink_file.c); once it is full,
 *                            the buffer is written out and it fills again.
 */
#ifndef _TASKRT_INTERNAL_STDIO_H
#define _TASKRT_INTERNAL_STDIO_H

#include "defs.h"
#include <arch/arch.h>
#include <stdarg.h>
#include <stdio.h>
#include <bits/types.h>

/* Bytes before every buffer that only ungetc uses. */
#define UNGET 8
/* The static buffers of stdin and stdout, and fopen's. */
#define STDIO_BUFSIZ 4096

/* flags */
#define F_NORD   1u     /* opened without read access */
#define F_NOWR   2u     /* opened without write access */
#define F_EOF    4u     /* the end-of-file indicator */
#define F_ERR    8u     /* the error indicator */
#define F_APPEND 16u    /* "a": every write goes to the end */
#define F_PERM   32u    /* stdin, stdout, stderr: never freed */
#define F_LIST   64u    /* on the list of open streams (fopen's and the rest) */

struct _IO_FILE {
	unsigned flags;
	int mode;                       /* _IOFBF, _IOLBF, _IONBF; -1: ask isatty first */
	unsigned char *rpos, *rend;     /* reading (both 0 when not) */
	unsigned char *wpos, *wend;     /* writing (both 0 when not) */
	unsigned char *buf;             /* UNGET bytes precede it */
	size_t size;
	int fd;                         /* -1 for a stream without one */
	int pid;                        /* popen's child */
	/* The operations.  read and write return the bytes moved, or -1
	 * (errno set); 0 from read is the end of the file.  write moves all
	 * n bytes unless it fails.  seek is 0 for a stream that cannot. */
	ssize_t (*read)(FILE *f, unsigned char *p, size_t n);
	ssize_t (*write)(FILE *f, const unsigned char *p, size_t n);
	off_t (*seek)(FILE *f, off_t off, int whence);
	int (*close)(FILE *f);
	void *cookie;
	/* The stream's lock: recursive, owned by one thread (its TCB). */
	volatile int lock;
	int lock_count;
	void *owner;
	FILE *prev, *next;              /* the list of open streams */
	unsigned char tiny[UNGET + 1];  /* the buffer of an unbuffered stream */
};

/* The standard streams, or NULL in a program that never names one: each
 * object that needs them has a weak NULL, and stdin.c, stdout.c, stderr.c
 * the real ones. */
hidden extern FILE *__stdin_used, *__stdout_used, *__stderr_used;
/* Open streams other than the three (head of a list, under its lock). */
hidden extern FILE *__stdio_head;
hidden extern volatile int __stdio_list_lock;
hidden void __stdio_link(FILE *f);
hidden void __stdio_unlink(FILE *f);
/* fn on every stream of the list, under the list's lock: the OR of what
 * it returned (0 where nothing links stdio_list.c: no stream is there). */
hidden int __stdio_list_each(int (*fn)(FILE *f));

/* The per-call lock.  Until a second thread may exist (the main thread's
 * tid is 0 until the first pthread_create) nothing is taken and 0 is
 * returned; pass what __lockfile returned to __unlockfile. */
hidden int __lockfile(FILE *f);
hidden void __unlockfile(FILE *f, int locked);
/* The lock proper, whatever the number of threads (flockfile, fork). */
hidden void __lockfile_always(FILE *f);
hidden void __unlockfile_always(FILE *f);

/* Enter the writing or the reading state: 0, or EOF after setting the
 * error indicator (EBADF for a stream opened without that access). */
hidden int __towrite(FILE *f);
hidden int __toread(FILE *f);
/* Decide the buffering of a stream whose mode is still -1. */
hidden void __stdio_probe(FILE *f);
/* Write out the bytes waiting in the buffer; 0 or EOF (error indicator). */
hidden int __fflush_unlocked(FILE *f);
/* Buffered write of n bytes: how many were taken (n unless an error). */
hidden size_t __fwritex(const unsigned char *p, size_t n, FILE *f);
/* Refill the buffer and take one byte, or EOF (end or error). */
hidden int __uflow(FILE *f);
/* The unlocked one-byte operations. */
static inline int __getc_unlocked(FILE *f)
{
	return f->rpos != f->rend ? *f->rpos++ : __uflow(f);
}
hidden int __putc_slow(int c, FILE *f);
static inline int __putc_unlocked(int c, FILE *f)
{
	if (f->wpos != f->wend && (unsigned char)c != '\n')
		return *f->wpos++ = (unsigned char)c;
	return __putc_slow(c, f);
}
hidden size_t __fwrite_unlocked(const void *restrict p, size_t size, size_t count, FILE *restrict f);
hidden size_t __fread_unlocked(void *restrict p, size_t size, size_t count, FILE *restrict f);
hidden char *__fgets_unlocked(char *restrict s, int n, FILE *restrict f);
hidden int __fseeko_unlocked(FILE *f, off_t off, int whence);
hidden off_t __ftello_unlocked(FILE *f);
/* Flush every stream (fflush(NULL), exit()); 0 or EOF. */
hidden int __stdio_flush_all(void);

/* The file descriptor operations of fopen's streams. */
hidden ssize_t __stdio_read(FILE *f, unsigned char *p, size_t n);
hidden ssize_t __stdio_write(FILE *f, const unsigned char *p, size_t n);
hidden off_t __stdio_seek(FILE *f, off_t off, int whence);
hidden int __stdio_close(FILE *f);
/* The open(2) flags of an fopen mode, or -1 (EINVAL). */
hidden int __stdio_mode(const char *mode);
/* A new stream (FILE, extra zeroed bytes at f->cookie, and the buffer in
 * one allocation) on fd, with the access of the open flags and the file
 * descriptor operations, on the list; NULL (ENOMEM) if out of memory. */
hidden FILE *__stdio_new(int fd, int flags, size_t bufsize, size_t extra);

struct sink {
	char *buf;      /* where the next bytes go (NULL for snprintf(0, 0)) */
	size_t size;    /* bytes buf can hold (a string sink keeps its NUL apart) */
	size_t len;     /* bytes in buf so far */
	/* 0: a string sink.  Else called when buf is full and at the end,
	 * to pass the len bytes on (and empty or grow buf): 0, or -1 with
	 * errno set. */
	int (*flush)(struct sink *s);
	void *to;       /* the flush's destination */
	int fd;         /* ... a file descriptor (any int: -1 must fail EBADF) */
	int count;      /* bytes produced so far: the value printf returns */
	int failed;     /* a write failed (errno says why) or count passed INT_MAX;
			 * __sink_put's failures also take the room away (sink.c) */
	unsigned char *own; /* a stream sink on an unbuffered stream: its buffer */
};

/* Set up a sink on a string, a file descriptor or a FILE (with its buffer). */
#define STRING_SINK(buf, size) { (size) ? (buf) : 0, (size) ? (size) - 1 : 0, 0, 0, 0, -1, 0, 0, 0 }
#define FD_SINK(fd, buf) { (buf), sizeof(buf), 0, __sink_fd, 0, (fd), 0, 0, 0 }
hidden int __sink_fd(struct sink *s);
/* A sink on stream f (the caller holds its lock), which may borrow tmp
 * (BUFSIZ bytes) as the buffer of an unbuffered stream: 0, or -1 if f
 * cannot be written (error indicator set).  Close it after the bytes:
 * the byte count, or -1 if anything failed. */
hidden int __sink_file_open(struct sink *s, FILE *f, char *tmp);
hidden int __sink_file_close(struct sink *s);

/* Add n bytes to the sink: the n bytes at p, or, if p is NULL, n copies of
 * the byte c (padding). */
hidden void __sink_put(struct sink *s, const char *p, int c, size_t n);

/* Finish: pass on what is left (flushing sink) or add the NUL (string).
 * Returns the byte count, or -1 with errno set if anything failed. */
hidden int __sink_end(struct sink *s);

/* Format fmt with the arguments in ap into the sink (the printf engine). */
hidden void __format(struct sink *s, const char *fmt, va_list ap);
/* The same with only the parts in ops (see <stdio.h>'s printf macro). */
hidden void __format_ops(struct sink *s, const char *fmt, va_list ap, const struct __printf_ops *ops);

/* printf to a stream, under its lock (vfprintf without the ISO name). */
hidden int __vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap);
/* ... with the parts of the engine in ops (<stdio.h>'s printf macro). */
hidden int __vfprintf_ops(FILE *restrict f, const char *restrict fmt, va_list ap,
			  const struct __printf_ops *ops);

/* The printf family's variadic entry points as <stdio.h>'s macros call
 * them: NAME with the parameters PARAMS (fmt last, then ...), whose body
 * hands the arguments after fmt, as ap, to the expression CALL; and its
 * twin NAME_int for calls with no floating argument, built with
 * ARCH_INT_ONLY_VARARGS so that its va_start saves no vector register,
 * or an alias of NAME where the arch has no such attribute (see
 * arch/generic/arch.h). */
#define PRINTF_ENTRY(attribute, name, params, call) \
	attribute int name params \
	{ \
		va_list ap; \
		int r; \
		va_start(ap, fmt); \
		r = call; \
		va_end(ap); \
		return r; \
	}
#ifdef ARCH_INT_ONLY_VARARGS
#define PRINTF_ENTRIES(name, params, call) \
	PRINTF_ENTRY(, name, params, call) \
	PRINTF_ENTRY(ARCH_INT_ONLY_VARARGS, name##_int, params, call)
#else
#define PRINTF_ENTRIES(name, params, call) \
	PRINTF_ENTRY(, name, params, call) \
	weak_alias(name, name##_int);
#endif

/* write() all n bytes, retrying after EINTR and short writes.  Returns how
 * many were written: n, or less after an error (errno set). */
hidden size_t __write_all(int fd, const void *p, size_t n);

/* The scanf engine reads through this: a string or a FILE. */
struct reader {
	int (*get)(struct reader *r);          /* the next byte, or EOF */
	void (*unget)(struct reader *r, int c); /* give back the byte just got */
	const unsigned char *s;
	FILE *f;
	long long count;                       /* bytes consumed (%n) */
};
hidden int __scan(struct reader *r, const char *fmt, va_list ap);

#endif
