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

int __stdio_flush_all(void)
{
	FILE *std[3] = { __stdin_used, __stdout_used, __stderr_used }, *f;
	int r = 0;

	for (int i = 0; i < 3; i++)
		if (std[i] && flush(std[i]))
			r = EOF;
	__lock(&__stdio_list_lock);
	for (f = __stdio_head; f; f = f->next)
		if (flush(f))
			r = EOF;
	__unlock(&__stdio_list_lock);
	return r;
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
