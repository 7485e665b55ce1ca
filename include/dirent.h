/* <dirent.h>: directory streams over getdents64.
 *
 * struct dirent is the kernel's struct linux_dirent64, field for field, so
 * readdir hands out entries straight from the stream's buffer.  A DIR is
 * malloc'ed by opendir/fdopendir and freed by closedir. */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <bits/types.h>

typedef struct __taskrt_dir DIR;

struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};

/* d_type: the kernel's DT_* (its include/linux/fs_types.h, outside the
 * uapi), which are S_IF* >> 12. */
#define DT_UNKNOWN 0
#define DT_FIFO    1
#define DT_CHR     2
#define DT_DIR     4
#define DT_BLK     6
#define DT_REG     8
#define DT_LNK     10
#define DT_SOCK    12
#define DT_WHT     14
#define IFTODT(mode) (((mode) & 0170000) >> 12)
#define DTTOIF(type) ((type) << 12)

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int readdir_r(DIR *restrict d, struct dirent *restrict entry, struct dirent **restrict result);
int closedir(DIR *d);
void rewinddir(DIR *d);
int dirfd(DIR *d);
int scandir(const char *path, struct dirent ***list, int (*filter)(const struct dirent *),
            int (*compare)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **a, const struct dirent **b);

#endif
