#ifndef _STRINGS_H
#define _STRINGS_H

#include <bits/types.h>

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
int ffs(int x);
int ffsl(long x);
int ffsll(long long x);
int bcmp(const void *a, const void *b, size_t n);
void bzero(void *s, size_t n);

#endif
