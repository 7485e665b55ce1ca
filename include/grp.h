/* <grp.h>: the group database, read from /etc/group (no NSS). */
#ifndef _GRP_H
#define _GRP_H

#include <features.h>
#include <bits/types.h>

struct group {
	char *gr_name;      /* group name */
	char *gr_passwd;    /* password field */
	gid_t gr_gid;
	char **gr_mem;      /* member names, NULL-terminated */
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result);
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
/* The groups user is in, starting with group: -1 and the count needed
 * in *count if more than *count are found. */
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *count);
int initgroups(const char *user, gid_t group);
int setgroups(size_t size, const gid_t *list);

#endif
