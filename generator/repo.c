/*
 * libgit2 calls the index and the demo need; see repo.h.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

#include "buf.h"
#include "repo.h"
#include "util.h"

int
error_git(const char *what)
{
	const git_error *e = git_error_last();

	return error("%s: %s", what, e && e->message ? e->message : "unknown git error");
}

void
repo_global_init(void)
{
	static int done;

	if (!done) {
		git_libgit2_init();
		/* A save the editor was told succeeded must survive a power cut. */
		git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
		/*
		 * Every object read is hashed again by default, a tenth of the
		 * time of indexing a whole repository; git itself checks only
		 * in fsck (and `stagebureau check` compares the index with the
		 * repository, a corrupt blob then failing to parse or differing).
		 */
		git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
		/*
		 * Keep folders of any size in libgit2's object cache (by default
		 * only those under 4 KB): with 100,000 vacancies a folder of
		 * vacatures/ lists about 400 files, 27 KB, and the admin's
		 * dashboard looks up 200 of them on every visit (70 ms read each
		 * time, 0.2 ms cached).
		 */
		git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, (size_t)1 << 20);
		done = 1;
	}
}

git_repository *
repo_open(const char *path)
{
	git_repository *repo = NULL;

	repo_global_init();
	if (git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0) {
		error_git(path);
		return NULL;
	}
	return repo;
}

int
repo_head(git_repository *repo, git_oid *out)
{
	int rc = git_reference_name_to_id(out, repo, "HEAD");

	if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH)
		return 1;
	if (rc < 0)
		return error_git("cannot resolve HEAD");
	return 0;
}

long long
repo_commit_time(git_repository *repo, const git_oid *commit)
{
	git_commit *c = NULL;
	long long t;

	if (git_commit_lookup(&c, repo, commit) < 0)
		return error_git("cannot read commit");
	t = (long long)git_commit_time(c);
	git_commit_free(c);
	return t;
}

/* Now, or SOURCE_DATE_EPOCH when set: reproducible repositories for tests. */
static int
make_signature(git_signature **sig, const char *name, const char *email)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");

	if (epoch && *epoch)
		return git_signature_new(sig, name, email, (git_time_t)strtoll(epoch, NULL, 10), 0);
	return git_signature_now(sig, name, email);
}

/* Blobs for every file below dir (dot files skipped), as tree updates. */
static int
add_files(git_repository *repo, const char *root, const char *rel, git_tree_update **up,
	size_t *n, size_t *cap)
{
	struct buf dir = BUF_INIT, path = BUF_INIT;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	buf_printf(&dir, "%s%s%s", root, *rel ? "/" : "", rel);
	d = opendir(dir.data);
	if (d == NULL) {
		rc = error_errno("'%s'", dir.data);
		goto out;
	}
	while (rc == 0 && (de = readdir(d)) != NULL) {
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		buf_reset(&path);
		buf_printf(&path, "%s%s%s", rel, *rel ? "/" : "", de->d_name);
		buf_reset(&dir);
		buf_printf(&dir, "%s/%s", root, path.data);
		if (lstat(dir.data, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			rc = add_files(repo, root, path.data, up, n, cap);
			continue;
		}
		if (!S_ISREG(st.st_mode))
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 256;
			*up = realloc(*up, *cap * sizeof(**up));
			if (*up == NULL)
				abort();
		}
		memset(&(*up)[*n], 0, sizeof(**up));
		if (git_blob_create_from_disk(&(*up)[*n].id, repo, dir.data) < 0) {
			rc = error_git(dir.data);
			break;
		}
		(*up)[*n].action = GIT_TREE_UPDATE_UPSERT;
		(*up)[*n].filemode = GIT_FILEMODE_BLOB;
		(*up)[*n].path = buf_detach(&path);
		(*n)++;
	}
	closedir(d);
out:
	buf_release(&dir);
	buf_release(&path);
	return rc;
}

/*
 * Everything queued in the in-memory backend mp, as one pack (with its
 * index) in the repository's objects/pack. 0 or -1.
 */
static int
write_pack(git_repository *repo, git_odb *odb, git_odb_backend *mp)
{
	git_buf pack = GIT_BUF_INIT;
	git_odb_writepack *wp = NULL;
	git_indexer_progress stats = { 0 };
	int rc = -1;

	if (git_mempack_dump(&pack, repo, mp) < 0 || git_odb_write_pack(&wp, odb, NULL, NULL) < 0 ||
	    wp->append(wp, pack.ptr, pack.size, &stats) < 0 || wp->commit(wp, &stats) < 0)
		goto out;
	rc = 0;
out:
	if (wp)
		wp->free(wp);
	git_buf_dispose(&pack);
	return rc;
}

int
repo_init_from_dir(const char *dest, const char *src, const char *name, const char *email,
	const char *message)
{
	git_repository_init_options opts;
	git_repository *repo = NULL;
	git_odb *odb = NULL;
	git_odb_backend *mp = NULL;
	git_reference *ref = NULL;
	git_treebuilder *tb = NULL;
	git_signature *sig = NULL;
	git_tree *empty = NULL, *tree = NULL;
	git_tree_update *up = NULL;
	size_t n = 0, cap = 0;
	git_oid empty_id, tree_id, commit_id;
	struct stat st;
	int rc = -1;

	repo_global_init();
	if (stat(dest, &st) == 0)
		return error("'%s' exists already; choose a new directory", dest);
	if (stat(src, &st) < 0 || !S_ISDIR(st.st_mode))
		return error("'%s' is not a folder", src);
	/* Bare: the server's copy is never edited in place; people clone it. */
	git_repository_init_options_init(&opts, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
	opts.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
	opts.initial_head = "main";
	if (git_repository_init_ext(&repo, dest, &opts) < 0) {
		error_git(dest);
		goto out;
	}
	/*
	 * The objects go to memory first, then to disk as one pack, as a
	 * repository that was pushed or garbage-collected holds them: a
	 * loose file each (127,000 at 100,000 vacancies) was slow to write,
	 * and reading them back cost the index a fifth of its parsing time.
	 */
	if (git_repository_odb(&odb, repo) < 0 || git_mempack_new(&mp) < 0) {
		error_git(dest);
		goto out;
	}
	if (git_odb_add_backend(odb, mp, 999) < 0) {	/* before the loose and packed backends */
		error_git(dest);
		mp->free(mp);
		goto out;
	}
	if (add_files(repo, src, "", &up, &n, &cap) < 0)
		goto out;
	if (git_treebuilder_new(&tb, repo, NULL) < 0 || git_treebuilder_write(&empty_id, tb) < 0 ||
	    git_tree_lookup(&empty, repo, &empty_id) < 0 ||
	    git_tree_create_updated(&tree_id, repo, empty, n, up) < 0 ||
	    git_tree_lookup(&tree, repo, &tree_id) < 0 ||
	    make_signature(&sig, name, email) < 0 ||
	    git_commit_create(&commit_id, repo, NULL, sig, sig, NULL, message, tree, 0, NULL) < 0 ||
	    write_pack(repo, odb, mp) < 0 ||
	    /* Last, when every object is on disk: HEAD names main. */
	    git_reference_create(&ref, repo, "refs/heads/main", &commit_id, 0, message) < 0) {
		error_git(dest);
		goto out;
	}
	rc = 0;
out:
	for (size_t i = 0; i < n; i++)
		free((char *)up[i].path);
	free(up);
	git_reference_free(ref);
	git_signature_free(sig);
	git_tree_free(tree);
	git_tree_free(empty);
	git_treebuilder_free(tb);
	git_odb_free(odb);	/* and mp with it */
	git_repository_free(repo);
	return rc;
}

static int
commit_tree(git_repository *repo, const git_oid *commit, git_tree **out)
{
	git_commit *c = NULL;
	int rc;

	*out = NULL;
	if (commit == NULL)
		return 0;
	rc = git_commit_lookup(&c, repo, commit);
	if (rc == 0)
		rc = git_commit_tree(out, c);
	git_commit_free(c);
	return rc < 0 ? error_git("cannot read commit") : 0;
}

static int tree_changes(git_repository *repo, const git_tree *a, const git_tree *b, struct buf *prefix,
    repo_changed_fn *fn, void *arg);

/* One entry present on one side only, or of another kind on each: every file below it. */
static int
entry_changes(git_repository *repo, const git_tree_entry *e, int a_side, struct buf *prefix,
    repo_changed_fn *fn, void *arg)
{
	git_tree *sub = NULL;
	int rc;

	if (git_tree_entry_type(e) != GIT_OBJECT_TREE) {
		fn(prefix->data, arg);
		return 0;
	}
	if (git_tree_lookup(&sub, repo, git_tree_entry_id(e)) < 0)
		return error_git("cannot read a folder of the repository");
	rc = a_side ? tree_changes(repo, sub, NULL, prefix, fn, arg) : tree_changes(repo, NULL, sub, prefix, fn, arg);
	git_tree_free(sub);
	return rc;
}

/* prefix + "/" + name (no slash at the top), for the duration of one entry. */
static size_t
push_name(struct buf *prefix, const char *name)
{
	size_t len = prefix->len;

	if (len)
		buf_putc(prefix, '/');
	buf_puts(prefix, name);
	return len;
}

/*
 * Calls fn with the path of every file that differs between trees a and
 * b (either NULL for none). It descends only into folders whose ids
 * differ, so a commit of one file reads a handful of trees at any size;
 * libgit2's tree-to-tree diff reads every folder of both sides, which at
 * 100,000 vacancies made one commit's diff take about 100 ms.
 */
static int
tree_changes(git_repository *repo, const git_tree *a, const git_tree *b, struct buf *prefix,
    repo_changed_fn *fn, void *arg)
{
	size_t na = a ? git_tree_entrycount(a) : 0, nb = b ? git_tree_entrycount(b) : 0;

	for (size_t i = 0; i < na; i++) {
		const git_tree_entry *ea = git_tree_entry_byindex(a, i);
		const git_tree_entry *eb = b ? git_tree_entry_byname(b, git_tree_entry_name(ea)) : NULL;
		size_t len = push_name(prefix, git_tree_entry_name(ea));
		int rc = 0;

		if (eb == NULL) {
			rc = entry_changes(repo, ea, 1, prefix, fn, arg);
		} else if (git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)) &&
		    git_tree_entry_filemode(ea) == git_tree_entry_filemode(eb)) {
			;	/* the same file or folder */
		} else if (git_tree_entry_type(ea) == GIT_OBJECT_TREE && git_tree_entry_type(eb) == GIT_OBJECT_TREE) {
			git_tree *sa = NULL, *sb = NULL;

			if (git_tree_lookup(&sa, repo, git_tree_entry_id(ea)) < 0 ||
			    git_tree_lookup(&sb, repo, git_tree_entry_id(eb)) < 0)
				rc = error_git("cannot read a folder of the repository");
			else
				rc = tree_changes(repo, sa, sb, prefix, fn, arg);
			git_tree_free(sa);
			git_tree_free(sb);
		} else if (git_tree_entry_type(ea) != GIT_OBJECT_TREE && git_tree_entry_type(eb) != GIT_OBJECT_TREE) {
			fn(prefix->data, arg);
		} else {	/* a file became a folder or back */
			rc = entry_changes(repo, ea, 1, prefix, fn, arg);
			if (rc == 0)
				rc = entry_changes(repo, eb, 0, prefix, fn, arg);
		}
		buf_truncate(prefix, len);
		if (rc < 0)
			return rc;
	}
	for (size_t i = 0; i < nb; i++) {
		const git_tree_entry *eb = git_tree_entry_byindex(b, i);
		size_t len;
		int rc;

		if (a && git_tree_entry_byname(a, git_tree_entry_name(eb)))
			continue;	/* compared above */
		len = push_name(prefix, git_tree_entry_name(eb));
		rc = entry_changes(repo, eb, 0, prefix, fn, arg);
		buf_truncate(prefix, len);
		if (rc < 0)
			return rc;
	}
	return 0;
}

int
repo_tree_changes(git_repository *repo, const git_tree *a, const git_tree *b, repo_changed_fn *fn, void *arg)
{
	struct buf prefix = BUF_INIT;
	int rc;

	rc = tree_changes(repo, a, b, &prefix, fn, arg);
	buf_release(&prefix);
	return rc;
}
/* Adds path to the set arg (path -> true). */
static void
add_path(const char *path, void *arg)
{
	json_object_set_new(arg, path, json_true());
}

/*
 * Every path a commit reachable from to but not from from touched (against
 * its first parent), plus the net difference of the two trees: a file
 * changed and changed back in between is not in the net difference, yet
 * its time of last change moved. Each with whether it is gone at to.
 */
json_t *
repo_changed_paths(git_repository *repo, const git_oid *from, const git_oid *to)
{
	git_tree *a = NULL, *b = NULL;
	git_revwalk *walk = NULL;
	json_t *seen = json_object(), *out = NULL, *v;
	const char *path;
	git_oid id;

	if (commit_tree(repo, from, &a) < 0 || commit_tree(repo, to, &b) < 0)
		goto out;
	if (repo_tree_changes(repo, a, b, add_path, seen) < 0)
		goto out;
	if (from && (git_revwalk_new(&walk, repo) < 0 || git_revwalk_push(walk, to) < 0 ||
	    git_revwalk_hide(walk, from) < 0)) {
		error_git("cannot walk history");
		goto out;
	}
	while (walk && git_revwalk_next(&id, walk) == 0) {
		git_commit *c = NULL, *parent = NULL;
		git_tree *tree = NULL, *parent_tree = NULL;

		/* The one new commit, right on from: its changes are the net difference. */
		if (git_commit_lookup(&c, repo, &id) == 0 && !(git_oid_equal(&id, to) &&
		    git_commit_parentcount(c) == 1 && git_oid_equal(git_commit_parent_id(c, 0), from)) &&
		    git_commit_tree(&tree, c) == 0) {
			if (git_commit_parentcount(c) > 0 && git_commit_parent(&parent, c, 0) == 0)
				git_commit_tree(&parent_tree, parent);
			repo_tree_changes(repo, parent_tree, tree, add_path, seen);
		}
		git_tree_free(parent_tree);
		git_tree_free(tree);
		git_commit_free(parent);
		git_commit_free(c);
	}
	out = json_array();
	json_object_foreach(seen, path, v) {
		git_tree_entry *e = NULL;
		int gone = git_tree_entry_bypath(&e, b, path) != 0;

		/* A folder (a renamed one's old path, say) is not a file to read. */
		if (!gone && git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
			git_tree_entry_free(e);
			continue;
		}
		git_tree_entry_free(e);
		json_array_append_new(out, json_pack("{s:s, s:b}", "path", path, "deleted", gone));
	}
out:
	git_revwalk_free(walk);
	git_tree_free(a);
	git_tree_free(b);
	json_decref(seen);
	return out;
}

/* What repo_last_changed() still looks for, and the time of the commit it reads. */
struct last_change {
	json_t *paths;
	size_t missing;
	long long when;
};

static void
note_change(const char *path, void *arg)
{
	struct last_change *last = arg;
	json_t *v = json_object_get(last->paths, path);

	if (v && json_is_null(v)) {
		json_object_set_new(last->paths, path, json_integer(last->when));
		last->missing--;
	}
}

int
repo_last_changed(git_repository *repo, const git_oid *head, json_t *paths)
{
	git_revwalk *walk = NULL;
	struct last_change last = { paths, json_object_size(paths), 0 };
	git_oid id;
	int rc = -1;

	if (last.missing == 0)
		return 0;
	if (git_revwalk_new(&walk, repo) < 0 ||
	    git_revwalk_sorting(walk, GIT_SORT_TIME) < 0 ||
	    git_revwalk_push(walk, head) < 0) {
		error_git("cannot walk history");
		goto out;
	}
	git_revwalk_simplify_first_parent(walk);
	while (last.missing && git_revwalk_next(&id, walk) == 0) {
		git_commit *c = NULL;
		git_tree *tree = NULL, *parent_tree = NULL;

		if (git_commit_lookup(&c, repo, &id) < 0 || git_commit_tree(&tree, c) < 0) {
			git_commit_free(c);
			error_git("cannot read commit");
			goto out;
		}
		if (git_commit_parentcount(c) > 0) {
			git_commit *parent = NULL;

			if (git_commit_parent(&parent, c, 0) == 0)
				git_commit_tree(&parent_tree, parent);
			git_commit_free(parent);
		}
		last.when = (long long)git_commit_time(c);
		repo_tree_changes(repo, parent_tree, tree, note_change, &last);
		git_tree_free(parent_tree);
		git_tree_free(tree);
		git_commit_free(c);
	}
	rc = 0;
out:
	git_revwalk_free(walk);
	return rc;
}
