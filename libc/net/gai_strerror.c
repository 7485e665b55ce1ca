/* gai_strerror: glibc's texts for the EAI_* codes. */
#include <netdb.h>
#include "internal/defs.h"

weak const char *gai_strerror(int code)
{
	static const char *const text[] = {
		[-EAI_BADFLAGS]   = "Bad value for ai_flags",
		[-EAI_NONAME]     = "Name or service not known",
		[-EAI_AGAIN]      = "Temporary failure in name resolution",
		[-EAI_FAIL]       = "Non-recoverable failure in name resolution",
		[-EAI_NODATA]     = "No address associated with hostname",
		[-EAI_FAMILY]     = "ai_family not supported",
		[-EAI_SOCKTYPE]   = "ai_socktype not supported",
		[-EAI_SERVICE]    = "Servname not supported for ai_socktype",
		[-EAI_ADDRFAMILY] = "Address family for hostname not supported",
		[-EAI_MEMORY]     = "Memory allocation failure",
		[-EAI_SYSTEM]     = "System error",
		[-EAI_OVERFLOW]   = "Argument buffer overflow",
	};

	if (code < 0 && -code < (int)(sizeof text / sizeof text[0]) && text[-code])
		return text[-code];
	return "Unknown error";
}
