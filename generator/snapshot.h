/*
 * A snapshot is one consistent version of a content repository's files:
 * either a git commit (what the index and the build use, so that a
 * half-finished hand edit is never published) or a plain directory (what
 * `stagebureau check DIR` validates before anything is committed).
 * Both look the same to the code that parses content.
 */
#ifndef SB_SNAPSHOT_H
#define SB_SNAPSHOT_H

#include <git2.h>
#include <jansson.h>
#include <stddef.h>

#include "buf.h"

struct snapshot;

/* repo is borrowed and must outlive the snapshot. NULL on error (printed). */
struct snapshot *snapshot_git(git_repository *repo, const git_oid *commit);
/* dir is copied. */
struct snapshot *snapshot_dir(const char *dir);
void snapshot_free(struct snapshot *s);

/* Appends the file's bytes to out: 0 found, 1 no such file, -1 error (printed). */
int snapshot_read(struct snapshot *s, const char *path, struct buf *out);

/*
 * Calls fn for every regular file below prefix ("" for all), in path
 * order, with its repository-relative path. A non-zero return from fn
 * stops the walk and is returned.
 */
typedef int (*snapshot_fn)(void *arg, struct snapshot *s, const char *path);
int snapshot_walk(struct snapshot *s, const char *prefix, snapshot_fn fn, void *arg);

/*
 * Makes path read as data (copied) instead of what the snapshot holds:
 * to validate a change against everything else before committing it.
 * Only reads see the overlay; the walk lists the snapshot's own files.
 */
void snapshot_overlay(struct snapshot *s, const char *path, const char *data, size_t len);

/* The commit a git snapshot reflects; NULL for a directory. Borrowed. */
const git_oid *snapshot_commit(const struct snapshot *s);

#endif
