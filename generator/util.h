/*
 * Small helpers every module needs: error reporting in the one house
 * format, whole-file reading, and the atomic "write only when the bytes
 * changed" file writer that keeps a web server from ever seeing half a
 * page and keeps rsync deploys small.
 */
#ifndef SB_UTIL_H
#define SB_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Prints "stagebureau: <message>" to stderr and returns -1. */
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Like error(), but appends ": strerror(errno)". */
int error_errno(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Appends the whole file at path to out. Returns 0 or -1 (error printed). */
int read_file(const char *path, struct buf *out);

/*
 * Makes every missing directory of path's parent (mkdir -p dirname path).
 */
int mkdir_parents(const char *path);
int mkdir_p(const char *dir);

enum write_result { WRITE_FAILED = -1, WRITE_SAME = 0, WRITE_CHANGED = 1 };
/*
 * Writes data to path through a temporary file in the same directory and
 * rename(), unless the file already holds exactly these bytes.
 */
enum write_result write_if_changed(const char *path, const void *data, size_t len);

/* Removes dir and everything below it; a missing dir is not an error. */
int remove_tree(const char *dir);

/* True when s is valid UTF-8 of len bytes, without NUL bytes. */
int utf8_valid(const char *s, size_t len);

/* FNV-1a, 32 bits: the shard hash of the content format. */
uint32_t fnv1a(const char *s, size_t len);

/* Does s end with suffix? */
int ends_with(const char *s, const char *suffix);

#endif
