/* stdio's insides, shared by the files in libc/stdio/ and nothing else.
 *
 * Everything that prints goes through a "sink": a buffer with a rule for
 * what happens when it is full.
 *
 *   string sink (snprintf):  buf is the caller's array; once it is full,
 *                            further bytes are only counted, not stored.
 *   fd sink (printf, ...):   buf is 1 KiB on the caller's stack; once it is
 *                            full it goes to the file descriptor in one
 *                            write() and fills again from the start.
 *
 * So a printf of less than 1 KiB reaches the kernel as exactly one write(),
 * and nothing is ever left in a buffer after the call returns.
 */
#ifndef _TASKRT_INTERNAL_STDIO_H
#define _TASKRT_INTERNAL_STDIO_H

#include "defs.h"
#include <stdarg.h>
#include <stdio.h>

/* A FILE is nothing but its file descriptor: there is no buffer to flush,
 * no lock to take, no error flag to remember. */
struct _IO_FILE {
	int fd;
};

struct sink {
	char *buf;      /* where the next bytes go (NULL for snprintf(0, 0)) */
	size_t size;    /* bytes buf can hold (a string sink keeps its NUL apart) */
	size_t len;     /* bytes in buf so far */
	int fd;         /* the file descriptor (any int: -1 must fail EBADF) */
	int string;     /* 1: a string sink, 0: an fd sink */
	int count;      /* bytes produced so far: the value printf returns */
	int failed;     /* a write failed (errno says why) or count passed INT_MAX */
};

/* Set up a sink on a string or on a file descriptor (with its buffer). */
#define STRING_SINK(buf, size) { (size) ? (buf) : 0, (size) ? (size) - 1 : 0, 0, -1, 1, 0, 0 }
#define FD_SINK(fd, buf) { (buf), sizeof(buf), 0, (fd), 0, 0, 0 }

/* Add n bytes to the sink: the n bytes at p, or, if p is NULL, n copies of
 * the byte c (padding). */
hidden void __sink_put(struct sink *s, const char *p, int c, size_t n);

/* Finish: write out what is left (fd) or add the NUL (string).  Returns the
 * byte count, or -1 with errno set if anything failed. */
hidden int __sink_end(struct sink *s);

/* Format fmt with the arguments in ap into the sink (the printf engine). */
hidden void __format(struct sink *s, const char *fmt, va_list ap);

/* write() all n bytes, retrying after EINTR and short writes.  Returns how
 * many were written: n, or less after an error (errno set). */
hidden size_t __write_all(int fd, const void *p, size_t n);

#endif
