/*
 * Writing to the content repository: a set of file changes becomes one
 * commit on the current branch, with the editor as author. Commits from
 * any number of processes are serialised by a lock file, and each change
 * may state the blob it expects to replace, so an edit based on an older
 * revision is reported as a conflict instead of overwriting someone
 * else's work. Objects are written first and the branch ref last (with
 * fsync), so a crash leaves either no trace or a complete commit.
 * No work tree is touched: the admin's repository is bare.
 */
#ifndef SB_COMMIT_H
#define SB_COMMIT_H

#include <git2.h>
#include <jansson.h>

#include "buf.h"

struct change {
	const char *path;	/* repository-relative */
	const void *data;	/* new contents; NULL deletes the file */
	size_t len;
	/*
	 * What the file must be now: a 40-hex blob id, "" for "must not
	 * exist", or NULL for "whatever it is" (no conflict check).
	 */
	const char *expect;
};

enum commit_result { COMMIT_ERROR = -1, COMMIT_OK = 0, COMMIT_CONFLICT = 1, COMMIT_EMPTY = 2 };

/*
 * Applies changes as one commit by name <email> with message. On
 * COMMIT_CONFLICT nothing is written and *conflict (when not NULL) is set
 * to the first path whose current blob differs from what was expected.
 * COMMIT_EMPTY: the changes alter nothing; no commit is made.
 * out receives the new commit id.
 */
enum commit_result commit_changes(git_repository *repo, const struct change *changes, size_t n,
	const char *name, const char *email, const char *message, git_oid *out, char **conflict);

/*
 * The blob id (hex, into oid_hex of 41 bytes; "" when missing) and
 * contents (appended to out, when not NULL) of path at HEAD.
 * 0 found, 1 missing, -1 error.
 */
int commit_read_head(git_repository *repo, const char *path, char oid_hex[41], struct buf *out);
/*
 * For a page that shows the revisions of many entries: HEAD's tree, read
 * once (NULL before the first commit; free with git_tree_free), and the
 * blob id of path in it as hex ("" when absent).
 */
git_tree *commit_head_tree(git_repository *repo);
void commit_blob_at(git_tree *tree, const char *path, char hex[41]);

#endif
