/* CMSG_NXTHDR's function: the next ancillary data header of a msghdr. */
#include <sys/socket.h>
#include "internal/defs.h"

weak struct cmsghdr *__cmsg_nxthdr(struct msghdr *m, struct cmsghdr *c)
{
	unsigned char *end = (unsigned char *)m->msg_control + m->msg_controllen;
	unsigned char *next;

	if (c->cmsg_len < sizeof(struct cmsghdr))
		return 0;
	next = (unsigned char *)c + CMSG_ALIGN(c->cmsg_len);
	if (next >= end || (size_t)(end - next) < sizeof(struct cmsghdr)
	    || (size_t)(end - next) < CMSG_ALIGN(((struct cmsghdr *)next)->cmsg_len))
		return 0;
	return (struct cmsghdr *)next;
}
