/*
 * The content repository as git sees it: opening it, finding the commit
 * the index should reflect, listing what changed between two commits,
 * and when each file last changed (the sitemap's lastmod). Writing
 * commits belongs to the admin; creating a repository from a folder of
 * files (the demo's sample region) lives here.
 */
#ifndef SB_REPO_H
#define SB_REPO_H

#include <git2.h>
#include <jansson.h>

/* Prints "stagebureau: what: <libgit2's last error>" and returns -1. */
int error_git(const char *what);

/* Calls git_libgit2_init once; safe to call often. */
void repo_global_init(void);

/* Opens the repository at path (work tree or bare). NULL on error (printed). */
git_repository *repo_open(const char *path);

/* The commit HEAD points at. 0, 1 when the repository has no commit yet, -1 on error. */
int repo_head(git_repository *repo, git_oid *out);

/* Commit time (seconds since the epoch) of commit, or -1. */
long long repo_commit_time(git_repository *repo, const git_oid *commit);

/*
 * Creates a bare git repository at dest (which must not exist; branch
 * main) whose first commit holds every file below src except dot files,
 * authored by name <email> (at SOURCE_DATE_EPOCH when that is set).
 */
int repo_init_from_dir(const char *dest, const char *src, const char *name, const char *email,
	const char *message);

/*
 * The paths that differ between two commits, and those any commit in
 * between touched (from may be NULL: every path of to). Each change:
 * {"path": "...", "deleted": true|false}, deleted meaning absent at to.
 * Returns a new array, or NULL on error (printed).
 */
json_t *repo_changed_paths(git_repository *repo, const git_oid *from, const git_oid *to);

/* Called by repo_tree_changes() with each path that differs. */
typedef void repo_changed_fn(const char *path, void *arg);
/*
 * Calls fn with the path of every file that differs between trees a and
 * b (either NULL for none), reading only the folders whose ids differ:
 * cheap for a commit of a few files at any repository size, unlike
 * libgit2's tree-to-tree diff. 0 or -1.
 */
int repo_tree_changes(git_repository *repo, const git_tree *a, const git_tree *b, repo_changed_fn *fn, void *arg);
/*
 * For every path in the object `paths` (keys; values ignored), the time of
 * the newest commit reachable from head that changed it, stored as the
 * key's integer value. Walks history only as far as needed.
 */
int repo_last_changed(git_repository *repo, const git_oid *head, json_t *paths);

#endif
