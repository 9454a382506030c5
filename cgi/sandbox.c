/*
 * Confinement of the admin; see sandbox.h. Landlock is Linux's access
 * control for unprivileged programs: a process lists what it may still
 * do beneath some folders (a ruleset), then restricts itself and all its
 * future children to that, for good. glibc has no wrappers for its three
 * system calls, so they are made raw and no library is needed. Each
 * kernel reports its Landlock ABI version and is asked only for the
 * rights it knows, so one binary confines as far as each kernel allows:
 * files and folders (ABI 1), renames across folders (2), truncation (3),
 * TCP (4), device ioctls (5), signals and abstract sockets (6). Which
 * paths the admin needs was found by tracing it through the whole admin
 * test (strace -f -e trace=%file): the list is in admin_rules().
 */
#define _GNU_SOURCE 1	/* O_PATH */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "sandbox.h"
#include "util.h"

#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/landlock.h>)
#define HAVE_LANDLOCK 1
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif
#endif

/* A build with AddressSanitizer, as gcc and clang each say it. */
#if defined(__SANITIZE_ADDRESS__)
#define SB_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SB_SANITIZED 1
#endif
#endif

/* Rights of ABI versions newer than the build machine's headers. */
#ifdef HAVE_LANDLOCK
#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)
#endif
#ifndef LANDLOCK_ACCESS_NET_BIND_TCP
#define LANDLOCK_ACCESS_NET_BIND_TCP (1ULL << 0)
#define LANDLOCK_ACCESS_NET_CONNECT_TCP (1ULL << 1)
#endif
#ifndef LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET
#define LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define LANDLOCK_SCOPE_SIGNAL (1ULL << 1)
#endif

/*
 * struct landlock_ruleset_attr as of ABI 6. An older kernel accepts the
 * larger struct as long as the fields it does not know are zero.
 */
struct ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;	/* ABI 4: TCP bind and connect */
	uint64_t scoped;		/* ABI 6: signals, abstract UNIX sockets */
};

#define FS_READ (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)
/* Writing means files and folders: no device, pipe, socket or symlink is ever made. */
#define FS_WRITE (FS_READ | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR | \
	LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG | \
	LANDLOCK_ACCESS_FS_REFER | LANDLOCK_ACCESS_FS_TRUNCATE)
/* The rights a rule on a file (not a folder) may carry. */
#define FS_FILE (LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | \
	LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_TRUNCATE | LANDLOCK_ACCESS_FS_IOCTL_DEV)

/* One path the admin may use: read only or read and write. */
struct rule {
	char *path;	/* owned */
	int write;
};

#define MAX_RULES 24

/*
 * The folder SQLite puts temporary files in (large sorts, statement
 * journals), found in SQLite's own order (os_unix.c, unixTempFileDir):
 * the first that exists and that this user may write to.
 */
static const char *
sqlite_tmpdir(void)
{
	const char *dirs[] = { getenv("SQLITE_TMPDIR"), getenv("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp", "." };
	struct stat st;

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (dirs[i] && *dirs[i] && stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode) &&
		    access(dirs[i], W_OK | X_OK) == 0)
			return dirs[i];
	return NULL;
}

static void
add(struct rule *r, size_t *n, const char *path, int write)
{
	if (path && *n < MAX_RULES) {
		r[*n].path = xstrdup(path);
		r[*n].write = write;
		(*n)++;
	}
}

/*
 * A sanitizer build (make check-asan) writes its reports into the folder
 * that log_path in ASAN_OPTIONS or UBSAN_OPTIONS names, and a report must
 * not be lost to the confinement. Other builds have no such folder.
 */
static void
add_sanitizer_logs(struct rule *r, size_t *n)
{
#ifdef SB_SANITIZED
	static const char *vars[] = { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" };

	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]), *p = v ? strstr(v, "log_path=") : NULL;
		char *dir, *slash;

		if (p == NULL)
			continue;
		p += strlen("log_path=");
		dir = xstrndup(p, strcspn(p, ":"));
		slash = strrchr(dir, '/');
		if (slash && slash != dir) {
			*slash = '\0';
			add(r, n, dir, 1);
		}
		free(dir);
	}
#else
	(void)r, (void)n;
#endif
}

/* What the admin touches, besides what the loader mapped before main(). */
static size_t
admin_rules(const struct sandbox_paths *p, struct rule *r)
{
	static const char *system_read[] = { "/usr", "/etc", "/lib", "/lib64", "/lib32", "/libx32",
		"/dev/urandom" };
	const char *slash = strrchr(p->db, '/'), *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME");
	struct buf b = BUF_INIT;
	size_t n = 0;

	add(r, &n, p->repo, 1);
	add(r, &n, p->out, 1);
	/* SQLite writes the journal, -wal and -shm beside the database, the build lock too. */
	if (slash == NULL)
		add(r, &n, ".", 1);
	else {
		buf_add(&b, p->db, slash == p->db ? 1 : (size_t)(slash - p->db));
		add(r, &n, b.data, 1);
	}
	add(r, &n, sqlite_tmpdir(), 1);
	/* SQLite puts /dev/null on descriptors 0 to 2 when they are free (a build child closed 0). */
	add(r, &n, "/dev/null", 1);
	add(r, &n, p->theme, 0);
	/* Its own /proc entry, which LeakSanitizer and glibc read (this process's, not a child's). */
	add(r, &n, "/proc/self", 0);
	add_sanitizer_logs(r, &n);
	for (size_t i = 0; i < sizeof(system_read) / sizeof(system_read[0]); i++)
		add(r, &n, system_read[i], 0);
	/* libgit2 reads the user's git configuration for every commit (/etc/gitconfig is above). */
	if (home == NULL || *home == '\0') {
		struct passwd *pw = getpwuid(getuid());

		home = pw ? pw->pw_dir : NULL;
	}
	if (home) {
		buf_reset(&b);
		buf_printf(&b, "%s/.gitconfig", home);
		add(r, &n, b.data, 0);
	}
	buf_reset(&b);
	if (xdg && *xdg)
		buf_printf(&b, "%s/git/config", xdg);
	else if (home)
		buf_printf(&b, "%s/.config/git/config", home);
	if (b.len)
		add(r, &n, b.data, 0);
	buf_release(&b);
	return n;
}

static uint64_t
fs_handled(long abi)
{
	uint64_t all = (LANDLOCK_ACCESS_FS_IOCTL_DEV << 1) - 1;

	/* Without REFER (ABI 1) a file can never move to another folder; none of ours does. */
	if (abi < 2)
		all &= ~LANDLOCK_ACCESS_FS_REFER;
	if (abi < 3)
		all &= ~LANDLOCK_ACCESS_FS_TRUNCATE;
	if (abi < 5)
		all &= ~LANDLOCK_ACCESS_FS_IOCTL_DEV;
	return all;
}

/* Allows what rule r asks beneath its path; a path that does not exist is left out. */
static int
allow(int ruleset, const struct rule *r, uint64_t handled)
{
	struct landlock_path_beneath_attr pb = { 0 };
	struct stat st, root;
	int rc = -1;

	pb.parent_fd = open(r->path, O_PATH | O_CLOEXEC);
	if (pb.parent_fd < 0)
		return errno == ENOENT ? 0 : error_errno("sandbox: cannot open '%s'", r->path);
	if (fstat(pb.parent_fd, &st) < 0) {
		error_errno("sandbox: cannot stat '%s'", r->path);
		goto out;
	}
	/* A database in / (or a relative one run from /) would open everything. */
	if (r->write && stat("/", &root) == 0 && st.st_dev == root.st_dev && st.st_ino == root.st_ino) {
		error("sandbox: will not allow writing everywhere ('%s' is /); give the database a folder of its own",
		    r->path);
		goto out;
	}
	pb.allowed_access = (r->write ? FS_WRITE : FS_READ) & handled;
	if (!S_ISDIR(st.st_mode))
		pb.allowed_access &= FS_FILE;
	if (syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &pb, 0) < 0) {
		error_errno("sandbox: cannot allow '%s'", r->path);
		goto out;
	}
	rc = 0;
out:
	close(pb.parent_fd);
	return rc;
}

/* Landlock's ABI version, or -1 with *why saying why there is none. */
static long
landlock_abi(const char **why)
{
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);

	if (abi < 0)
		*why = errno == ENOSYS ? "this kernel has no Landlock (Linux 5.13 or later, "
		    "built with CONFIG_SECURITY_LANDLOCK)" : errno == EOPNOTSUPP ?
		    "Landlock is turned off in this kernel (add landlock to its lsm= boot parameter)" :
		    strerror(errno);
	return abi;
}

static int
restrict_to(const struct rule *r, size_t n, long abi)
{
	struct ruleset_attr attr = { .handled_access_fs = fs_handled(abi) };
	int fd, rc = -1;

	/* The admin makes no network connection and signals no one. */
	if (abi >= 4)
		attr.handled_access_net = LANDLOCK_ACCESS_NET_BIND_TCP | LANDLOCK_ACCESS_NET_CONNECT_TCP;
	if (abi >= 6)
		attr.scoped = LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET | LANDLOCK_SCOPE_SIGNAL;
	fd = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
	if (fd < 0)
		return error_errno("sandbox: cannot create a Landlock ruleset");
	for (size_t i = 0; i < n; i++)
		if (allow(fd, &r[i], attr.handled_access_fs) < 0)
			goto out;
	if (syscall(SYS_landlock_restrict_self, fd, 0) < 0) {
		error_errno("sandbox: cannot restrict the process");
		goto out;
	}
	rc = 0;
out:
	close(fd);
	return rc;
}
#endif

int
sandbox_mode_parse(const char *name, enum sandbox_mode *mode)
{
	if (!strcmp(name, "auto"))
		*mode = SANDBOX_AUTO;
	else if (!strcmp(name, "require"))
		*mode = SANDBOX_REQUIRE;
	else if (!strcmp(name, "off"))
		*mode = SANDBOX_OFF;
	else
		return -1;
	return 0;
}

int
sandbox_confine(const struct sandbox_paths *p, enum sandbox_mode mode, char *status, size_t len)
{
	const char *why = "Landlock is a Linux feature";
	long abi = -1;
	int rc = -1;

	snprintf(status, len, "not confined");
	/* The rules name folders, so the public one must exist first. */
	if (mkdir_p(p->out) < 0)
		return -1;
#ifdef HAVE_LANDLOCK
	/* Nothing run from here could gain rights through set-uid; Landlock requires it too. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return error_errno("sandbox: cannot set no_new_privs");
	if (mode != SANDBOX_OFF)
		abi = landlock_abi(&why);
#endif
	if (mode == SANDBOX_OFF)
		why = "confinement turned off (--sandbox off or STAGEBUREAU_SANDBOX=off)";
	if (abi < 0) {
		snprintf(status, len, "running unconfined: %s", why);
		if (mode == SANDBOX_REQUIRE)
			return error("cannot confine the admin as --sandbox require asks: %s", why);
		fprintf(stderr, "stagebureau-admin: %s\n", status);
		return 1;
	}
#ifdef HAVE_LANDLOCK
	{
		struct rule r[MAX_RULES];
		size_t n = admin_rules(p, r);

		if (restrict_to(r, n, abi) == 0) {
			snprintf(status, len, "confined by Landlock (ABI %ld)", abi);
			rc = 0;
		}
		for (size_t i = 0; i < n; i++)
			free(r[i].path);
	}
#endif
	return rc;
}

int
sandbox_probe(const char *path)
{
	struct stat st;
	int exists = stat(path, &st) == 0, fd, saved;

	fd = exists ? open(path, O_RDONLY | O_CLOEXEC) : open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		saved = errno;
		printf("%s '%s': %s (%s)\n", exists ? "read" : "create", path,
		    saved == EACCES || saved == EPERM ? "denied" : "failed", strerror(saved));
		return -1;
	}
	close(fd);
	if (!exists)
		unlink(path);
	printf("%s '%s': allowed\n", exists ? "read" : "create", path);
	return 0;
}
