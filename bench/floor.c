/*
 * floor: the disk's own limit for writing a site.
 *
 * Reads a manifest, one file per line as "SIZE<TAB>RELATIVE/PATH" (what
 * `find OUT -type f -printf '%s\t%P\n'` prints for a site stagebureau
 * wrote), and writes exactly those files, with those sizes and that folder
 * layout, into an empty or new folder: open, one write, close, and the
 * mkdir(2) calls the layout needs, nothing else.  No temporary names, no
 * renames, no fsync, no reading back.  The time this takes is the floor
 * under any generator that produces the same files on the same disk; the
 * benchmark (bench/run.sh) compares stagebureau's full build with it.
 *
 *     floor [-q] MANIFEST OUTDIR
 *
 * Exit status 0 on success, 1 on failure, 2 on a usage error.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Largest file we are ready to write in one go; larger ones are written in
 * chunks of this size. */
#define CHUNK (1 << 20)

static int
error(const char *path, const char *problem)
{
	fprintf(stderr, "floor: '%s': %s\n", path, problem);
	return -1;
}

/* Creates the folder 'dir' and, when they are missing, its parents: one
 * mkdir(2) when only the last folder is new, as in a site's layout. */
static int
make_dirs(char *dir)
{
	char *slash;

	if (mkdir(dir, 0755) == 0 || errno == EEXIST)
		return 0;
	if (errno != ENOENT || (slash = strrchr(dir, '/')) == NULL)
		return error(dir, strerror(errno));
	*slash = '\0';
	int rc = make_dirs(dir);
	*slash = '/';
	if (rc == -1)
		return -1;
	if (mkdir(dir, 0755) == -1 && errno != EEXIST)
		return error(dir, strerror(errno));
	return 0;
}

/* Creates the folder of 'path' (a relative file path, modified while we work
 * and then restored).  'last' remembers the folder of the previous file, so
 * that files in one folder, as a find(1) listing keeps them, cost no system
 * call for it. */
static int
make_parents(char *path, char *last, size_t lastsz)
{
	char *slash = strrchr(path, '/');
	int rc = 0;

	if (slash == NULL)
		return 0;
	*slash = '\0';
	if (strcmp(path, last) != 0) {
		rc = make_dirs(path);
		if (rc == 0 && strlen(path) < lastsz)
			strcpy(last, path);
		else
			last[0] = '\0';
	}
	*slash = '/';
	return rc;
}

/* A relative path that stays inside OUTDIR: no leading '/', no empty, '.'
 * or '..' component. */
static int
path_ok(const char *path)
{
	const char *p = path;

	if (*p == '\0' || *p == '/')
		return 0;
	while (*p != '\0') {
		size_t len = strcspn(p, "/");
		if (len == 0 || (len == 1 && p[0] == '.') ||
		    (len == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
		p += len;
		if (*p == '/')
			p++;
	}
	return p[-1] != '/';
}

static int
write_file(const char *path, long long size, const char *buf)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	int rc = -1;

	if (fd == -1)
		return error(path, strerror(errno));
	while (size > 0) {
		size_t n = size > CHUNK ? CHUNK : (size_t)size;
		ssize_t w = write(fd, buf, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			error(path, strerror(errno));
			goto out;
		}
		size -= w;
	}
	rc = 0;
out:
	if (close(fd) == -1 && rc == 0)
		rc = error(path, strerror(errno));
	return rc;
}

int
main(int argc, char *argv[])
{
	FILE *manifest = NULL;
	char *line = NULL, *buf = NULL;
	char last[4096] = "";
	size_t cap = 0;
	long long files = 0, bytes = 0, lineno = 0;
	int quiet = 0, rc = 1;

	if (argc > 1 && strcmp(argv[1], "-q") == 0) {
		quiet = 1;
		argc--;
		argv++;
	}
	if (argc != 3) {
		fprintf(stderr, "usage: floor [-q] MANIFEST OUTDIR\n");
		return 2;
	}
	if ((manifest = fopen(argv[1], "r")) == NULL) {
		error(argv[1], strerror(errno));
		goto out;
	}
	if (mkdir(argv[2], 0755) == -1 && errno != EEXIST) {
		error(argv[2], strerror(errno));
		goto out;
	}
	if (chdir(argv[2]) == -1) {
		error(argv[2], strerror(errno));
		goto out;
	}
	/* Page-like bytes rather than zeros, in case a file system treats
	 * zeros specially. */
	if ((buf = malloc(CHUNK)) == NULL) {
		error(argv[2], "out of memory");
		goto out;
	}
	for (size_t i = 0; i < CHUNK; i++)
		buf[i] = (i % 64 == 63) ? '\n' : "<p>floor</p>"[i % 12];

	ssize_t len;
	while ((len = getline(&line, &cap, manifest)) != -1) {
		char *tab, *end;
		long long size;

		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len == 0)
			continue;
		tab = strchr(line, '\t');
		errno = 0;
		size = strtoll(line, &end, 10);
		if (tab == NULL || end != tab || size < 0 || errno != 0 || !path_ok(tab + 1)) {
			fprintf(stderr, "floor: '%s':%lld: expected SIZE<TAB>RELATIVE/PATH\n",
			    argv[1], lineno);
			goto out;
		}
		if (make_parents(tab + 1, last, sizeof last) == -1 ||
		    write_file(tab + 1, size, buf) == -1)
			goto out;
		files++;
		bytes += size;
	}
	if (ferror(manifest)) {
		error(argv[1], strerror(errno));
		goto out;
	}
	if (!quiet)
		printf("floor: %lld files, %lld bytes written\n", files, bytes);
	rc = 0;
out:
	free(line);
	free(buf);
	if (manifest != NULL)
		fclose(manifest);
	return rc;
}
