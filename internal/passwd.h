/* The files /etc/passwd and /etc/group, read a line at a time without
 * stdio (libc/passwd/).  Each line is "field:field:...", parsed in place
 * in the caller's buffer, as the _r functions require: the strings a
 * struct passwd or struct group points to live in that buffer. */
#ifndef _TASKRT_INTERNAL_PASSWD_H
#define _TASKRT_INTERNAL_PASSWD_H

#include <grp.h>
#include <pwd.h>
#include <stddef.h>
#include "defs.h"

/* An open database: its descriptor and a read buffer.  The line it hands
 * out stays valid until the next call. */
struct db {
	int fd;
	size_t start, end;     /* the unread bytes of buf */
	char buf[1024];
	char *line;            /* a line longer than buf, malloc'd */
	size_t line_cap;
};

/* 0, or -1 with errno (ENOENT if the file is missing, ...). */
hidden int __db_open(struct db *db, const char *path);
/* The next line without its newline, NUL-terminated, and its length; 0 at
 * the end of the file or on a read error. */
hidden char *__db_next(struct db *db, size_t *len);
hidden void __db_close(struct db *db);

/* Parse a passwd or group line of len bytes into *pw or *gr, copying it
 * into buf (size bytes).  1: parsed; 0: not a valid entry (skipped);
 * -1: buf is too small (ERANGE for the caller). */
hidden int __passwd_parse(const char *line, size_t len, struct passwd *pw, char *buf, size_t size);
hidden int __group_parse(const char *line, size_t len, struct group *gr, char *buf, size_t size);

/* Look one entry up by name (name != 0) or id: 0 with *result set (0 if
 * there is none), or an errno value, as getpwnam_r answers. */
hidden int __passwd_find(const char *name, uid_t uid, struct passwd *pw, char *buf, size_t size,
                         struct passwd **result);
hidden int __group_find(const char *name, gid_t gid, struct group *gr, char *buf, size_t size,
                        struct group **result);

/* The same into one static entry per database (getpwnam, getgrgid, ...):
 * the entry, or 0 with errno set for an error, or 0 for none. */
hidden struct passwd *__passwd_lookup(const char *name, uid_t uid);
hidden struct group *__group_lookup(const char *name, gid_t gid);

#endif
