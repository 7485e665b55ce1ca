#include "internal/defs.h"
#include "internal/lock.h"
#include "internal/stdio.h"

/* Write out what the buffer holds.  After an error the bytes are dropped
 * (the error indicator stays set): a later flush would fail again.  A
 * reading stream gives its unread bytes back to the file, as POSIX asks of
 * fflush on a seekable input stream. */
int __fflush_unlocked(FILE *f)
{
	int r = 0;

	if (f->wpos && f->wpos != f->buf) {
		if (f->write(f, f->buf, f->wpos - f->buf) < 0) {
			f->flags |= F_ERR;
			r = EOF;
		}
		f->wpos = f->buf;
	}
	if (f->rend && f->rpos != f->rend && f->seek
	    && f->seek(f, f->rpos - f->rend, SEEK_CUR) >= 0)
		f->rpos = f->rend = 0;
	return r;
}

static int flush(FILE *f)
{
	int locked = __lockfile(f), r = __fflush_unlocked(f);

	__unlockfile(f, locked);
	return r;
}

/* The streams other than the standard three are on a list only
 * stdio_list.c puts them on: where nothing links it there are none. */
static int no_list(int (*fn)(FILE *f))
{
	(void)fn;
	return 0;
}
weak_alias(no_list, __stdio_list_each);

/* Each flush is 0 or EOF (-1), so OR-ing them gives EOF if any failed. */
int __stdio_flush_all(void)
{
	int r = 0;

	if (__stdin_used)
		r |= flush(__stdin_used);
	if (__stdout_used)
		r |= flush(__stdout_used);
	if (__stderr_used)
		r |= flush(__stderr_used);
	return r | __stdio_list_each(flush);
}

/* exit() flushes every stream after the atexit handlers and the
 * program's destructors, as glibc does.  It is a destructor itself, of
 * the first priority a program may use: linker/tiny.ld puts the
 * prioritised .fini_array entries first and exit() runs the array from
 * its end, so this runs after every destructor of the program (but one of
 * priority 101 too).  Every stream that can hold output links this
 * object, through __fflush_unlocked; a program that never writes to a
 * stream pays nothing, not even a call in exit(). */
__attribute__((__destructor__(101)))
static void flush_at_exit(void)
{
	__stdio_flush_all();
}

/* fflush(NULL): every stream. */
int fflush(FILE *f)
{
	return f ? flush(f) : __stdio_flush_all();
}
