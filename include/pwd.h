/* <pwd.h>: the user database, read from /etc/passwd (no NSS). */
#ifndef _PWD_H
#define _PWD_H

#include <features.h>
#include <bits/types.h>

struct passwd {
	char *pw_name;      /* login name */
	char *pw_passwd;    /* password field ("x": see /etc/shadow) */
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;     /* real name, comma-separated extras */
	char *pw_dir;       /* home directory */
	char *pw_shell;     /* login shell */
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);

#endif
