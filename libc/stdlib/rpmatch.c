#include <stdlib.h>
#include "internal/defs.h"

/* Whether a reply to a yes/no question says yes (1), no (0) or neither
 * (-1): the C locale's YESEXPR ^[yY] and NOEXPR ^[nN], which glibc's
 * C.UTF-8 has too (taskrt's only other locale). */
weak int rpmatch(const char *response)
{
	switch (response[0]) {
	case 'y': case 'Y':
		return 1;
	case 'n': case 'N':
		return 0;
	}
	return -1;
}
