/* iconv between UTF-8, ASCII, Latin-1 and the UTF-16/32 families, with
 * glibc's answers: byte orders and BOMs, //TRANSLIT and //IGNORE, and
 * the three ways to stop (EILSEQ, EINVAL, E2BIG).  Every arch taskrt
 * runs on is little-endian, as the expected bytes assume. */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include "check.h"

static char out[64];
static size_t used, written;

/* Convert n bytes of in; iconv's answer, with errno, used and written. */
static long convert(const char *to, const char *from, const char *in, size_t n, size_t room)
{
	iconv_t cd = iconv_open(to, from);
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = room;
	long r;

	if (cd == (iconv_t)-1)
		return -100;
	errno = 0;
	r = (long)iconv(cd, &ip, &il, &op, &ol);
	used = n - il;
	written = op - out;
	iconv_close(cd);
	return r;
}

#define CHECK_OUT(bytes) do { CHECK_INT(written, sizeof bytes - 1); \
	CHECK(memcmp(out, bytes, sizeof bytes - 1) == 0); } while (0)

/* UTF-16, UTF-32 (after their BOM), UCS-2 and WCHAR_T are in the host's
 * byte order, as in glibc: the expected bytes of a little-endian host,
 * or of a big-endian one. */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HOST_ORDER(little, big) little
#else
#define HOST_ORDER(little, big) big
#endif

int main(void)
{
	CHECK_INT(convert("UTF-16", "UTF-8", "A\xc3\xa9", 3, 64), 0);
	CHECK_OUT(HOST_ORDER("\xff\xfe" "A\0" "\xe9\0", "\xfe\xff" "\0A" "\0\xe9"));
	CHECK_INT(convert("UTF-16LE", "UTF-8", "A\xc3\xa9", 3, 64), 0);
	CHECK_OUT("A\0" "\xe9\0");
	CHECK_INT(convert("UTF-16BE", "UTF-8", "\xf0\x9f\x98\x80", 4, 64), 0);
	CHECK_OUT("\xd8\x3d\xde\x00");
	CHECK_INT(convert("UTF-32", "UTF-8", "A", 1, 64), 0);
	CHECK_OUT(HOST_ORDER("\xff\xfe\0\0" "A\0\0\0", "\0\0\xfe\xff" "\0\0\0A"));
	CHECK_INT(convert("UCS-4", "UTF-8", "\xc3\xa9", 2, 64), 0);
	CHECK_OUT("\0\0\0\xe9");
	CHECK_INT(convert("UCS-2", "UTF-8", "\xc3\xa9", 2, 64), 0);
	CHECK_OUT(HOST_ORDER("\xe9\0", "\0\xe9"));
	CHECK_INT(convert("WCHAR_T", "UTF-8", "\xc3\xa9", 2, 64), 0);
	CHECK_OUT(HOST_ORDER("\xe9\0\0\0", "\0\0\0\xe9"));
	CHECK_INT(convert("UTF-8", "UTF-16", "\xff\xfe" "A\0", 4, 64), 0);
	CHECK_OUT("A");
	CHECK_INT(convert("UTF-8", "UTF-16", "\xfe\xff\0A", 4, 64), 0);   /* big-endian BOM */
	CHECK_OUT("A");
	CHECK_INT(convert("UTF-8", "UTF-16LE", "\x3d\xd8\x00\xde", 4, 64), 0);
	CHECK_OUT("\xf0\x9f\x98\x80");
	CHECK_INT(convert("UTF-8", "ISO-8859-1", "a\xe9z", 3, 64), 0);
	CHECK_OUT("a\xc3\xa9z");
	CHECK_INT(convert("latin1", "utf8", "\xc3\xa9", 2, 64), 0);      /* names in any case */
	CHECK_OUT("\xe9");

	/* what the target cannot hold */
	CHECK_INT(convert("ASCII", "UTF-8", "a\xc3\xa9z", 4, 64), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(used, 1);
	CHECK_INT(convert("LATIN1", "UTF-8", "\xe2\x82\xac", 3, 64), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(used, 0);
	CHECK_INT(convert("ASCII//TRANSLIT", "UTF-8", "a\xc3\xa9z", 4, 64), 1);
	CHECK_OUT("a?z");
	CHECK_INT(convert("ASCII//TRANSLIT", "UTF-8", "\xe2\x82\xac", 3, 64), 1);
	CHECK_OUT("EUR");
	CHECK_INT(convert("ASCII//IGNORE", "UTF-8", "a\xc3\xa9z", 4, 64), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(used, 4);
	CHECK_OUT("az");

	/* invalid and incomplete input, no room */
	CHECK_INT(convert("UTF-8", "ASCII", "a\xe9z", 3, 64), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(convert("UTF-8", "UTF-8", "\xff", 1, 64), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(convert("UTF-8//IGNORE", "UTF-8", "a\xffz", 3, 64), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_OUT("az");
	CHECK_INT(convert("UTF-8", "UTF-16LE", "\x00\xde", 2, 64), -1);    /* a lone low surrogate */
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(convert("UTF-8", "UTF-8", "a\xc3", 2, 64), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(used, 1);
	CHECK_INT(convert("UTF-8", "UTF-8", "abc", 3, 2), -1);
	CHECK_INT(errno, E2BIG);
	CHECK_INT(used, 2);

	/* unknown sets; a reset */
	errno = 0;
	CHECK(iconv_open("NOPE", "UTF-8") == (iconv_t)-1);
	CHECK_INT(errno, EINVAL);
	CHECK(iconv_open("UTF-8", "EBCDIC-XX") == (iconv_t)-1);
	iconv_t cd = iconv_open("UTF-8", "UTF-8");
	CHECK(cd != (iconv_t)-1);
	CHECK_INT(iconv(cd, 0, 0, 0, 0), 0);
	CHECK_INT(iconv_close(cd), 0);
	return check_done();
}
