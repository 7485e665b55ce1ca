/* htonl, htons, ntohl, ntohs as functions (the headers' macros are what
 * programs normally get); (htonl)(x) or a function pointer reaches these. */
#include <netinet/in.h>
#include "internal/defs.h"

#undef htonl
#undef htons
#undef ntohl
#undef ntohs

weak uint32_t htonl(uint32_t x)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return __builtin_bswap32(x);
#else
	return x;
#endif
}

weak uint16_t htons(uint16_t x)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return __builtin_bswap16(x);
#else
	return x;
#endif
}

weak uint32_t ntohl(uint32_t x)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return __builtin_bswap32(x);
#else
	return x;
#endif
}

weak uint16_t ntohs(uint16_t x)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return __builtin_bswap16(x);
#else
	return x;
#endif
}
