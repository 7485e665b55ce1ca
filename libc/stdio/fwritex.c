#include <string.h>   /* __memrchr */
#include "internal/defs.h"
#include "internal/stdio.h"

/* The buffered write every output function ends in.  Bytes go into the
 * buffer; when they do not fit, the buffer is written out first.  A
 * piece at least as large as the whole buffer goes straight to the file
 * after that, even into an empty buffer it would just fill (glibc
 * copies that one and writes it at the next call): 4 KiB blocks through
 * a 4 KiB buffer are one write each and never a copy.
 * So the test is n >= room, not n > room: a piece that fills the room
 * exactly writes out what waits a little early (the same number of
 * writes), and an empty piece on an unbuffered stream (room 0) is a
 * write of 0 bytes, which every write operation takes as a success
 * (fopencookie's does not even call the program's).  Unbuffered streams
 * have no room at all, so everything goes straight out; line-buffered
 * ones are written out up to and with the last newline of a piece, the
 * rest waiting (as glibc).  The copy is a byte loop, as the printf
 * sink's: a piece that gets here is smaller than the buffer, and memcpy
 * would be 0.1 KB more in every program that writes to a stream. */
keep_loops size_t __fwritex(const unsigned char *p, size_t n, FILE *f)
{
	size_t room, i, k = 0;
	const unsigned char *nl;

	if (!f->wend && __towrite(f))
		return 0;
	room = f->wend - f->wpos;
	if (n >= room) {
		if (__fflush_unlocked(f))
			return 0;
		if (n >= (size_t)(f->wend - f->buf)) {
			if (f->write(f, p, n) < 0) {
				f->flags |= F_ERR;
				return 0;
			}
			return n;
		}
	}
	if (f->mode == _IOLBF && (nl = __memrchr(p, '\n', n)))
		k = nl - p + 1;         /* out through the last newline */
	for (i = 0; i < n; ) {
		*f->wpos++ = p[i++];
		if (i == k && __fflush_unlocked(f))
			return 0;
	}
	return n;
}
