/*
 * Error reporting, memory and file helpers shared by both programs.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static void
vreport(const char *fmt, va_list ap, int errnum)
{
	struct buf b = BUF_INIT;

	buf_puts(&b, "stagebureau: ");
	buf_vprintf(&b, fmt, ap);
	if (errnum)
		buf_printf(&b, ": %s", strerror(errnum));
	buf_putc(&b, '\n');
	fputs(buf_str(&b), stderr);
	buf_release(&b);
}

int
error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap, 0);
	va_end(ap);
	return -1;
}

int
error_errno(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap, saved);
	va_end(ap);
	return -1;
}

static void *
check_alloc(void *p)
{
	if (p == NULL) {
		fputs("stagebureau: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *
xmalloc(size_t n)
{
	return check_alloc(malloc(n ? n : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return check_alloc(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *p, size_t size)
{
	return check_alloc(realloc(p, size ? size : 1));
}

char *
xstrdup(const char *s)
{
	return check_alloc(strdup(s));
}

/* Reads at most n bytes: s may be a slice of a buffer without a NUL. */
char *
xstrndup(const char *s, size_t n)
{
	const char *nul = memchr(s, '\0', n);
	size_t len = nul ? (size_t)(nul - s) : n;
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

int
read_file(const char *path, struct buf *out)
{
	char chunk[65536];
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return error_errno("'%s'", path);
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			error_errno("'%s'", path);
			close(fd);
			return -1;
		}
		buf_add(out, chunk, (size_t)n);
	}
	close(fd);
	if (out->data == NULL)
		buf_grow(out, 0), out->data[0] = '\0';
	return 0;
}

/*
 * Creates dir and its missing parents. The deepest folder is tried first:
 * in a build nearly every parent exists, so this is one mkdir() per new
 * folder instead of one per path component.
 */
int
mkdir_p(const char *dir)
{
	if (mkdir(dir, 0755) == 0 || errno == EEXIST)
		return 0;
	if (errno == ENOENT) {
		if (mkdir_parents(dir) < 0)
			return -1;	/* said already */
		if (mkdir(dir, 0755) == 0 || errno == EEXIST)
			return 0;
	}
	return error_errno("cannot create '%s'", dir);
}

int
mkdir_parents(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int rc;

	if (slash == NULL || slash == path)
		return 0;
	dir = xstrndup(path, (size_t)(slash - path));
	rc = mkdir_p(dir);
	free(dir);
	return rc;
}

/* Compares the file at path with data without reading it whole. */
static int
same_bytes(const char *path, const void *data, size_t len)
{
	char chunk[65536];
	const char *p = data;
	struct stat st;
	size_t off = 0;
	ssize_t n;
	int fd, same = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	if (fstat(fd, &st) < 0 || (size_t)st.st_size != len)
		goto out;
	while (off < len) {
		n = read(fd, chunk, sizeof(chunk));
		if (n <= 0 || memcmp(chunk, p + off, (size_t)n) != 0)
			goto out;
		off += (size_t)n;
	}
	same = 1;
out:
	close(fd);
	return same;
}

enum write_result
write_if_changed(const char *path, const void *data, size_t len)
{
	struct buf tmp = BUF_INIT;
	const char *p = data;
	enum write_result rc = WRITE_FAILED;
	size_t off = 0;
	int fd = -1;

	if (same_bytes(path, data, len))
		return WRITE_SAME;
	buf_printf(&tmp, "%s.%ld.tmp", path, (long)getpid());
	/*
	 * The folder usually exists: make it only when the open says it is
	 * missing. Another build's clean-up may remove an empty folder between
	 * our mkdir and open, so that pair is tried a few times.
	 */
	fd = open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	for (int tries = 0; fd < 0 && errno == ENOENT && tries < 5; tries++) {
		if (mkdir_parents(path) < 0)
			goto out;
		fd = open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	}
	if (fd < 0) {
		error_errno("cannot write '%s'", tmp.data);
		goto out;
	}
	while (off < len) {
		ssize_t n = write(fd, p + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			error_errno("cannot write '%s'", tmp.data);
			goto out;
		}
		off += (size_t)n;
	}
	if (close(fd) < 0) {
		fd = -1;
		error_errno("cannot write '%s'", tmp.data);
		goto out;
	}
	fd = -1;
	if (rename(tmp.data, path) < 0) {
		error_errno("cannot rename '%s'", tmp.data);
		goto out;
	}
	rc = WRITE_CHANGED;
out:
	if (fd >= 0)
		close(fd);
	if (rc == WRITE_FAILED && tmp.data)
		unlink(tmp.data);
	buf_release(&tmp);
	return rc;
}

int
remove_tree(const char *dir)
{
	struct buf path = BUF_INIT;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	d = opendir(dir);
	if (d == NULL)
		return errno == ENOENT ? 0 : error_errno("'%s'", dir);
	while ((de = readdir(d)) != NULL) {
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		buf_reset(&path);
		buf_printf(&path, "%s/%s", dir, de->d_name);
		if (lstat(path.data, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode))
			rc |= remove_tree(path.data);
		else if (unlink(path.data) < 0)
			rc = error_errno("cannot remove '%s'", path.data);
	}
	closedir(d);
	buf_release(&path);
	if (rmdir(dir) < 0 && errno != ENOENT)
		rc = error_errno("cannot remove '%s'", dir);
	return rc ? -1 : 0;
}

int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		unsigned c = *p;
		size_t n;
		unsigned cp;

		if (c == 0)
			return 0;
		if (c < 0x80) {
			p++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3, cp = c & 0x07;
		else
			return 0;
		if ((size_t)(end - p) <= n)
			return 0;
		for (size_t i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		/* Overlong forms, surrogates and code points past U+10FFFF. */
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return 0;
		p += n + 1;
	}
	return 1;
}

uint32_t
fnv1a(const char *s, size_t len)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

int
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}
