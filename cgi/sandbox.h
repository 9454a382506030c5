/*
 * Least privilege for the admin: after sandbox_confine() this process and
 * every build child it forks may write only beneath the content
 * repository, the database's folder, the public folder and SQLite's
 * folder for temporary files; may read those, the theme and the system's
 * libraries and configuration; and may execute nothing. Linux's Landlock
 * enforces it where the kernel has it (5.13 and later); elsewhere the
 * admin says once that it runs unconfined, or refuses to start when told
 * to require confinement. sandbox.c is the one file with the platform
 * differences.
 */
#ifndef SB_SANDBOX_H
#define SB_SANDBOX_H

#include <stddef.h>

/* What the admin works on, as given on its command line (not copied). */
struct sandbox_paths {
	const char *repo;	/* read and write, everything beneath */
	const char *db;		/* its folder: read and write (journal, -wal, -shm, build lock) */
	const char *out;	/* read and write; made when missing */
	const char *theme;	/* read only */
};

enum sandbox_mode {
	SANDBOX_AUTO,		/* confine when the kernel can; say so once when it cannot */
	SANDBOX_REQUIRE,	/* confine, or fail */
	SANDBOX_OFF,		/* no Landlock (no_new_privs is still set) */
};

/* "auto", "require" or "off" into *mode: 0, or -1 for another name. */
int sandbox_mode_parse(const char *name, enum sandbox_mode *mode);

/*
 * Sets no_new_privs, then confines the process to p with Landlock as mode
 * asks. Returns 0 when confined, 1 when running unconfined (mode off, or
 * a kernel without Landlock in auto mode: then one line on stderr says
 * so and why), -1 on failure (printed; a kernel without Landlock is one
 * in require mode). status (len bytes) gets one line for people saying
 * which of these happened, e.g. "confined by Landlock (ABI 4)".
 */
int sandbox_confine(const struct sandbox_paths *p, enum sandbox_mode mode, char *status, size_t len);

/*
 * For checking a deployment (stagebureau-admin --sandbox-test): opens
 * path for reading when it exists, else creates it (and removes it
 * again), and prints to stdout what happened: "read 'PATH': allowed",
 * "create 'PATH': denied (Permission denied)". Returns 0 when allowed.
 */
int sandbox_probe(const char *path);

#endif
