/*
 * Commits to the content repository; see commit.h.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "commit.h"
#include "repo.h"
#include "util.h"

/* Takes the repository's writer lock; returns the fd to close, or -1. */
static int
lock_repo(git_repository *repo)
{
	struct buf path = BUF_INIT;
	int fd;

	buf_printf(&path, "%sstagebureau.lock", git_repository_path(repo));
	fd = open(path.data, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		error_errno("cannot open '%s'", path.data);
	else
		while (flock(fd, LOCK_EX) < 0) {
			if (errno != EINTR) {
				error_errno("cannot lock '%s'", path.data);
				close(fd);
				fd = -1;
				break;
			}
		}
	buf_release(&path);
	return fd;
}

/*
 * A writer killed while git updated a ref leaves its "NAME.lock" behind,
 * and git then refuses every later update of that ref. Under our own
 * lock no Stagebureau writer can hold one, but a push from outside can,
 * for milliseconds: so a lock that stays for 5 seconds is stale, and goes.
 */
static void
clear_stale_locks(git_repository *repo, const char *branch)
{
	const char *names[] = { branch, "HEAD", "packed-refs", NULL, NULL };
	struct buf path = BUF_INIT, logs = BUF_INIT;

	buf_printf(&logs, "logs/%s", branch);
	names[3] = logs.data;
	for (int i = 0; names[i]; i++) {
		buf_reset(&path);
		buf_printf(&path, "%s%s.lock", git_repository_path(repo), names[i]);
		for (int tries = 0; access(path.data, F_OK) == 0; tries++) {
			struct stat st;

			if (tries >= 100 || (stat(path.data, &st) == 0 && time(NULL) - st.st_mtime >= 5)) {
				unlink(path.data);
				break;
			}
			usleep(50000);
		}
	}
	buf_release(&path);
	buf_release(&logs);
}

/* The branch HEAD names ("refs/heads/main"), even before its first commit. */
static char *
head_branch(git_repository *repo)
{
	git_reference *head = NULL;
	char *name = NULL;

	if (git_reference_lookup(&head, repo, "HEAD") == 0) {
		if (git_reference_type(head) == GIT_REFERENCE_SYMBOLIC)
			name = xstrdup(git_reference_symbolic_target(head));
		git_reference_free(head);
	}
	return name ? name : xstrdup("refs/heads/main");
}

git_tree *
commit_head_tree(git_repository *repo)
{
	git_object *obj = NULL;

	if (git_revparse_single(&obj, repo, "HEAD^{tree}") < 0)
		return NULL;
	return (git_tree *)obj;
}

int
commit_read_head(git_repository *repo, const char *path, char oid_hex[41], struct buf *out)
{
	git_tree *tree = commit_head_tree(repo);
	git_tree_entry *te = NULL;
	git_blob *blob = NULL;
	int rc = 1;

	oid_hex[0] = '\0';
	if (tree == NULL)
		return 1;	/* no commit yet */
	if (git_tree_entry_bypath(&te, tree, path) < 0 || git_tree_entry_type(te) != GIT_OBJECT_BLOB)
		goto out;
	git_oid_tostr(oid_hex, 41, git_tree_entry_id(te));
	if (out) {
		if (git_blob_lookup(&blob, repo, git_tree_entry_id(te)) < 0) {
			rc = error_git("cannot read blob");
			goto out;
		}
		buf_add(out, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	}
	rc = 0;
out:
	git_blob_free(blob);
	git_tree_entry_free(te);
	git_tree_free(tree);
	return rc;
}

void
commit_blob_at(git_tree *tree, const char *path, char hex[41])
{
	git_tree_entry *te = NULL;

	hex[0] = '\0';
	if (tree && git_tree_entry_bypath(&te, tree, path) == 0) {
		if (git_tree_entry_type(te) == GIT_OBJECT_BLOB)
			git_oid_tostr(hex, 41, git_tree_entry_id(te));
		git_tree_entry_free(te);
	}
}

static int
empty_tree(git_repository *repo, git_tree **out)
{
	git_treebuilder *tb = NULL;
	git_oid id;
	int rc;

	rc = git_treebuilder_new(&tb, repo, NULL);
	if (rc == 0)
		rc = git_treebuilder_write(&id, tb);
	git_treebuilder_free(tb);
	if (rc == 0)
		rc = git_tree_lookup(out, repo, &id);
	return rc;
}

enum commit_result
commit_changes(git_repository *repo, const struct change *changes, size_t n,
	const char *name, const char *email, const char *message, git_oid *out, char **conflict)
{
	enum commit_result rc = COMMIT_ERROR;
	git_tree_update *updates = xcalloc(n, sizeof(*updates));
	git_commit *parent = NULL;
	git_tree *base = NULL, *tree = NULL;
	git_signature *sig = NULL;
	git_reference *ref = NULL;
	char *branch = head_branch(repo);
	git_oid parent_id, tree_id;
	int has_parent, fd;
	size_t nup = 0;

	if (conflict)
		*conflict = NULL;
	fd = lock_repo(repo);
	if (fd < 0)
		goto out;
	/* Read the branch under the lock: this is the state we build on. */
	has_parent = git_reference_name_to_id(&parent_id, repo, branch) == 0;
	if (has_parent) {
		if (git_commit_lookup(&parent, repo, &parent_id) < 0 || git_commit_tree(&base, parent) < 0) {
			error_git("cannot read the current commit");
			goto out;
		}
	} else if (empty_tree(repo, &base) < 0) {
		error_git("cannot create a tree");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		char now[41];

		commit_blob_at(base, changes[i].path, now);
		if (changes[i].expect && strcmp(changes[i].expect, now)) {
			if (conflict)
				*conflict = xstrdup(changes[i].path);
			rc = COMMIT_CONFLICT;
			goto out;
		}
		if (changes[i].data == NULL) {
			if (!*now)
				continue;	/* deleting what is not there */
			updates[nup].action = GIT_TREE_UPDATE_REMOVE;
		} else {
			updates[nup].action = GIT_TREE_UPDATE_UPSERT;
			updates[nup].filemode = GIT_FILEMODE_BLOB;
			if (git_blob_create_from_buffer(&updates[nup].id, repo, changes[i].data, changes[i].len) < 0) {
				error_git("cannot write a blob");
				goto out;
			}
		}
		updates[nup].path = changes[i].path;
		nup++;
	}
	if (git_tree_create_updated(&tree_id, repo, base, nup, updates) < 0) {
		error_git("cannot write the tree");
		goto out;
	}
	if (git_oid_equal(&tree_id, git_tree_id(base))) {
		rc = COMMIT_EMPTY;
		goto out;
	}
	if (git_tree_lookup(&tree, repo, &tree_id) < 0 ||
	    git_signature_now(&sig, name, email) < 0 ||
	    git_commit_create(out, repo, NULL, sig, sig, NULL, message, tree,
		has_parent ? 1 : 0, (const git_commit **)&parent) < 0) {
		error_git("cannot write the commit");
		goto out;
	}
	clear_stale_locks(repo, branch);
	/* The commit point: move the branch, only if nobody moved it meanwhile. */
	if ((has_parent ? git_reference_create_matching(&ref, repo, branch, out, 1, &parent_id, message)
			: git_reference_create(&ref, repo, branch, out, 0, message)) < 0) {
		error_git("cannot update the branch");
		goto out;
	}
	rc = COMMIT_OK;
out:
	if (fd >= 0)
		close(fd);	/* releases the lock */
	git_reference_free(ref);
	git_signature_free(sig);
	git_tree_free(tree);
	git_tree_free(base);
	git_commit_free(parent);
	free(updates);
	free(branch);
	return rc;
}
