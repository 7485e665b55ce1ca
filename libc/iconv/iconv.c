/* iconv: decode one character from the input's character set, encode it
 * in the output's, until the input ends or something stops it:
 *
 *   EILSEQ  an invalid input sequence, or a character the output set
 *           cannot hold (*in points at it);
 *   EINVAL  the input ends inside a character (*in points at its start);
 *   E2BIG   no room for the next character (*in points at it).
 *
 * Each stop returns (size_t)-1.  A target name may end in //TRANSLIT
 * (write an approximation, or '?', for a character it cannot hold, and
 * count it as irreversible: iconv's answer is that count) or //IGNORE
 * (drop it and go on; iconv then answers -1 and EILSEQ at the end, as
 * glibc does).  Byte order, as glibc has it: UTF-16 and UTF-32 write a
 * BOM then the host's order, read a BOM or else take the host's order;
 * UCS-2 is the host's order without a BOM, UCS-4 big-endian; WCHAR_T is
 * a host-order 32-bit wchar_t; "" and CHAR are the locale's set. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "internal/locale.h"
#include "internal/wchar.h"
#include "internal/defs.h"

enum set { UTF8, ASCII, LATIN1, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE, UTF32BE, UCS2, UCS4 };
#define HOST_LITTLE (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)

static const struct {
	char name[16];
	unsigned char set;
} names[] = {
	{ "UTF-8", UTF8 }, { "UTF8", UTF8 },
	{ "ASCII", ASCII }, { "US-ASCII", ASCII }, { "ANSI_X3.4-1968", ASCII }, { "646", ASCII },
	{ "ISO-8859-1", LATIN1 }, { "ISO8859-1", LATIN1 }, { "ISO_8859-1", LATIN1 }, { "LATIN1", LATIN1 },
	{ "L1", LATIN1 },
	{ "UTF-16", UTF16 }, { "UTF16", UTF16 }, { "UTF-16LE", UTF16LE }, { "UTF-16BE", UTF16BE },
	{ "UTF-32", UTF32 }, { "UTF32", UTF32 }, { "UTF-32LE", UTF32LE }, { "UTF-32BE", UTF32BE },
	{ "UCS-2", UCS2 }, { "UCS-2LE", UTF16LE }, { "UCS-2BE", UTF16BE },
	{ "UCS-4", UCS4 }, { "UCS-4BE", UTF32BE }, { "UCS-4LE", UTF32LE },
	{ "WCHAR_T", HOST_LITTLE ? UTF32LE : UTF32BE },
};

struct conv {
	unsigned char from, to;
	unsigned char translit, ignore;
	unsigned char read_bom;     /* from UTF-16/32: 0 not yet, 1 little, 2 big */
	unsigned char wrote_bom;    /* to UTF-16/32: the BOM is out */
};

/* The set named by name (up to a '/' suffix), case ignored; -1 for none. */
static int set_of(const char *name, size_t len)
{
	if (!len || (len == 4 && !strncmp(name, "CHAR", 4)))
		return __locale_utf8() ? UTF8 : ASCII;
	for (unsigned i = 0; i < sizeof names / sizeof *names; i++) {
		size_t j = 0;
		while (j < len && names[i].name[j]
		       && (name[j] >= 'a' && name[j] <= 'z' ? name[j] - 32 : name[j]) == names[i].name[j])
			j++;
		if (j == len && !names[i].name[j])
			return names[i].set;
	}
	return -1;
}

weak iconv_t iconv_open(const char *to, const char *from)
{
	const char *to_end = strchr(to, '/'), *from_end = strchr(from, '/');
	int t = set_of(to, to_end ? (size_t)(to_end - to) : strlen(to));
	int f = set_of(from, from_end ? (size_t)(from_end - from) : strlen(from));
	struct conv *cd;

	if (t < 0 || f < 0) {
		errno = EINVAL;
		return (iconv_t)-1;
	}
	cd = calloc(1, sizeof *cd);
	if (!cd)
		return (iconv_t)-1;
	cd->from = f;
	cd->to = t;
	cd->translit = to_end && strstr(to_end, "TRANSLIT");
	cd->ignore = to_end && strstr(to_end, "IGNORE");
	return cd;
}

weak int iconv_close(iconv_t cd)
{
	free(cd);
	return 0;
}

/* Read a 16- or 32-bit unit in the given order (little != 0). */
static uint32_t unit(const unsigned char *p, int size, int little)
{
	uint32_t v = 0;

	for (int i = 0; i < size; i++)
		v |= (uint32_t)p[i] << 8 * (little ? i : size - 1 - i);
	return v;
}

static void put_unit(unsigned char *p, uint32_t v, int size, int little)
{
	for (int i = 0; i < size; i++)
		p[little ? i : size - 1 - i] = v >> 8 * i;
}

/* Decode one character from p (n bytes): its length, or 0 for "the input
 * ends inside it", or -1 for an invalid sequence. */
static int decode(struct conv *cd, const unsigned char *p, size_t n, uint32_t *c)
{
	int size = 2, little;

	switch (cd->from) {
	case UTF8: {
		mbstate_t st = { 0 };
		wchar_t wc;
		size_t r;
		if (*p < 0x80) {
			*c = *p;
			return 1;
		}
		/* the UTF-8 decoder, whatever the locale's set */
		r = __mbrtowc_in(&wc, (const char *)p, n, &st, 1);
		if (r == (size_t)-2)
			return 0;
		if (r == (size_t)-1)
			return -1;
		*c = wc;
		return (int)r;
	}
	case ASCII:
		*c = *p;
		return *p < 0x80 ? 1 : -1;
	case LATIN1:
		*c = *p;
		return 1;
	case UTF32: case UTF32LE: case UTF32BE: case UCS4:
		size = 4;
		__attribute__((__fallthrough__));
	default:
		little = cd->from == UTF16LE || cd->from == UTF32LE
		         || ((cd->from == UTF16 || cd->from == UTF32 || cd->from == UCS2) && HOST_LITTLE);
		if (cd->read_bom)
			little = cd->read_bom == 1;
		if (n < (size_t)size)
			return 0;
		*c = unit(p, size, little);
		if ((cd->from == UTF16 || cd->from == UTF32) && !cd->read_bom) {
			/* a BOM says the order and is no character */
			cd->read_bom = little ? 1 : 2;
			if (*c == 0xfeff)
				return -2 - size;
			if (*c == (size == 2 ? 0xfffe : 0xfffe0000)) {
				cd->read_bom = little ? 2 : 1;
				return -2 - size;
			}
		}
		if (size == 2 && *c >= 0xd800 && *c < 0xdc00) {
			uint32_t low;
			if (cd->from == UCS2)
				return -1;
			if (n < 4)
				return 0;
			low = unit(p + 2, 2, little);
			if (low < 0xdc00 || low > 0xdfff)
				return -1;
			*c = 0x10000 + ((*c - 0xd800) << 10) + (low - 0xdc00);
			return 4;
		}
		if ((*c >= 0xd800 && *c <= 0xdfff) || *c > 0x10ffff)
			return -1;
		return size;
	}
}

/* Encode c into p (room bytes): its length, 0 for "no room", -1 for "the
 * set cannot hold it". */
static int encode(struct conv *cd, uint32_t c, unsigned char *p, size_t room)
{
	int size = 2, little, bom = 0, n;

	switch (cd->to) {
	case UTF8:
		if (room < (size_t)(c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4))
			return 0;
		{
			char buf[4];
			size_t r = __wcrtomb_in(buf, c, 1);
			if (r == (size_t)-1)
				return -1;
			memcpy(p, buf, r);
			return (int)r;
		}
	case ASCII:
	case LATIN1:
		if (c >= (cd->to == ASCII ? 0x80u : 0x100u))
			return -1;
		if (!room)
			return 0;
		*p = c;
		return 1;
	case UTF32: case UTF32LE: case UTF32BE: case UCS4:
		size = 4;
		__attribute__((__fallthrough__));
	default:
		little = cd->to == UTF16LE || cd->to == UTF32LE
		         || ((cd->to == UTF16 || cd->to == UTF32 || cd->to == UCS2) && HOST_LITTLE);
		if ((cd->to == UTF16 || cd->to == UTF32) && !cd->wrote_bom)
			bom = size;
		n = size == 2 && c >= 0x10000 ? 4 : size;
		if (size == 2 && c >= 0x10000 && cd->to == UCS2)
			return -1;
		if (room < (size_t)(bom + n))
			return 0;
		if (bom) {
			put_unit(p, 0xfeff, size, little);
			cd->wrote_bom = 1;
		}
		if (n == 4 && size == 2) {
			put_unit(p + bom, 0xd800 + ((c - 0x10000) >> 10), 2, little);
			put_unit(p + bom + 2, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, little);
		} else {
			put_unit(p + bom, c, size, little);
		}
		return bom + n;
	}
}

/* //TRANSLIT's approximations: a few that glibc makes in every locale,
 * then '?' for the rest. */
static const char *approximation(uint32_t c)
{
	switch (c) {
	case 0x20ac: return "EUR";
	case 0x2018: case 0x2019: case 0x201a: return "'";
	case 0x201c: case 0x201d: case 0x201e: return "\"";
	case 0x2013: case 0x2014: return "-";
	case 0x2026: return "...";
	case 0xa0: return " ";
	default: return "?";
	}
}

weak size_t iconv(iconv_t handle, char **restrict in, size_t *restrict in_left,
             char **restrict out, size_t *restrict out_left)
{
	struct conv *cd = handle;
	size_t irreversible = 0;
	int ignored = 0;

	if (!in || !*in) {
		/* back to the initial state; no set here has a shift state
		 * to close, so nothing is written */
		cd->read_bom = 0;
		return 0;
	}
	while (*in_left) {
		const unsigned char *p = (const unsigned char *)*in;
		uint32_t c;
		int used = decode(cd, p, *in_left, &c), wrote;

		if (used <= -2) {              /* a BOM: consumed, nothing written */
			*in += -used - 2;
			*in_left -= -used - 2;
			continue;
		}
		if (used == 0) {
			errno = EINVAL;
			return -1;
		}
		if (used < 0) {
			if (!cd->ignore) {
				errno = EILSEQ;
				return -1;
			}
			ignored = 1;
			used = 1;               /* skip one byte and go on */
			goto next;
		}
		wrote = encode(cd, c, (unsigned char *)*out, *out_left);
		if (wrote < 0 && cd->translit) {
			const char *a = approximation(c);
			size_t len = strlen(a);
			if (len > *out_left) {
				errno = E2BIG;
				return -1;
			}
			for (size_t i = 0; i < len; i++) {
				int w = encode(cd, (unsigned char)a[i], (unsigned char *)*out, *out_left);
				if (w <= 0) {
					errno = w ? EILSEQ : E2BIG;
					return -1;
				}
				*out += w;
				*out_left -= w;
			}
			irreversible++;
			goto next;
		}
		if (wrote < 0) {
			if (!cd->ignore) {
				errno = EILSEQ;
				return -1;
			}
			ignored = 1;
			goto next;
		}
		if (wrote == 0) {
			errno = E2BIG;
			return -1;
		}
		*out += wrote;
		*out_left -= wrote;
next:
		*in += used;
		*in_left -= used;
	}
	if (ignored) {
		errno = EILSEQ;
		return -1;
	}
	return irreversible;
}
