/*
 * Snapshots of a content repository from a git commit or a directory.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "repo.h"
#include "snapshot.h"
#include "util.h"

struct snapshot {
	git_repository *repo;	/* borrowed; NULL for a directory snapshot */
	git_oid commit;
	git_tree *tree;		/* owned root tree of the commit */
	char *dir;		/* owned; the directory of a directory snapshot */
	json_t *overlay;	/* owned or NULL: path -> replacement text */
	/* The entry the walk stands on, so reading it needs no path lookup. */
	const char *walk_path;
	git_oid walk_oid;
};

struct snapshot *
snapshot_git(git_repository *repo, const git_oid *commit)
{
	struct snapshot *s = xcalloc(1, sizeof(*s));
	git_commit *c = NULL;

	s->repo = repo;
	git_oid_cpy(&s->commit, commit);
	if (git_commit_lookup(&c, repo, commit) < 0 || git_commit_tree(&s->tree, c) < 0) {
		error_git("cannot read commit");
		git_commit_free(c);
		free(s);
		return NULL;
	}
	git_commit_free(c);
	return s;
}

struct snapshot *
snapshot_dir(const char *dir)
{
	struct snapshot *s = xcalloc(1, sizeof(*s));

	s->dir = xstrdup(dir);
	return s;
}

void
snapshot_free(struct snapshot *s)
{
	if (s == NULL)
		return;
	git_tree_free(s->tree);
	json_decref(s->overlay);
	free(s->dir);
	free(s);
}

const git_oid *
snapshot_commit(const struct snapshot *s)
{
	return s->repo ? &s->commit : NULL;
}

static int
read_blob(struct snapshot *s, const git_oid *oid, struct buf *out)
{
	git_blob *blob = NULL;

	if (git_blob_lookup(&blob, s->repo, oid) < 0)
		return error_git("cannot read blob");
	buf_add(out, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	git_blob_free(blob);
	return 0;
}

void
snapshot_overlay(struct snapshot *s, const char *path, const char *data, size_t len)
{
	if (s->overlay == NULL)
		s->overlay = json_object();
	json_object_set_new(s->overlay, path, json_stringn(data, len));
}

int
snapshot_read(struct snapshot *s, const char *path, struct buf *out)
{
	json_t *over = s->overlay ? json_object_get(s->overlay, path) : NULL;

	if (over) {
		buf_add(out, json_string_value(over), json_string_length(over));
		return 0;
	}
	if (s->repo) {
		git_tree_entry *te = NULL;
		int rc;

		if (s->walk_path && !strcmp(path, s->walk_path))
			return read_blob(s, &s->walk_oid, out);
		if (git_tree_entry_bypath(&te, s->tree, path) < 0)
			return 1;
		if (git_tree_entry_type(te) != GIT_OBJECT_BLOB) {
			git_tree_entry_free(te);
			return 1;
		}
		rc = read_blob(s, git_tree_entry_id(te), out);
		git_tree_entry_free(te);
		return rc;
	} else {
		struct buf full = BUF_INIT;
		struct stat st;
		int rc = 1;

		buf_printf(&full, "%s/%s", s->dir, path);
		if (stat(full.data, &st) == 0 && S_ISREG(st.st_mode))
			rc = read_file(full.data, out);
		buf_release(&full);
		return rc;
	}
}

struct git_walk {
	struct snapshot *s;
	snapshot_fn fn;
	void *arg;
	struct buf path;
	int rc;
};

static int
walk_tree(struct git_walk *w, git_tree *tree)
{
	size_t n = git_tree_entrycount(tree), base = w->path.len;

	for (size_t i = 0; i < n && !w->rc; i++) {
		const git_tree_entry *te = git_tree_entry_byindex(tree, i);
		git_object_t type = git_tree_entry_type(te);

		if (git_tree_entry_name(te)[0] == '.')	/* .gitignore and the like: never content */
			continue;
		buf_truncate(&w->path, base);
		buf_printf(&w->path, "%s%s", base ? "/" : "", git_tree_entry_name(te));
		if (type == GIT_OBJECT_TREE) {
			git_tree *sub = NULL;

			if (git_tree_lookup(&sub, w->s->repo, git_tree_entry_id(te)) < 0) {
				w->rc = error_git("cannot read tree");
				break;
			}
			walk_tree(w, sub);
			git_tree_free(sub);
		} else if (type == GIT_OBJECT_BLOB &&
		    git_tree_entry_filemode(te) != GIT_FILEMODE_LINK) {
			w->s->walk_path = w->path.data;
			git_oid_cpy(&w->s->walk_oid, git_tree_entry_id(te));
			w->rc = w->fn(w->arg, w->s, w->path.data);
			w->s->walk_path = NULL;
		}
	}
	buf_truncate(&w->path, base);
	return w->rc;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Directory walk in sorted order, so both kinds of snapshot agree. */
static int
walk_dir(struct snapshot *s, struct buf *rel, snapshot_fn fn, void *arg)
{
	struct buf full = BUF_INIT;
	char **names = NULL;
	size_t n = 0, cap = 0, base = rel->len;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	buf_printf(&full, "%s%s%s", s->dir, rel->len ? "/" : "", buf_str(rel));
	d = opendir(full.data);
	if (d == NULL) {
		rc = errno == ENOENT ? 0 : error_errno("'%s'", full.data);
		goto out;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')	/* .git and editor droppings */
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = realloc(names, cap * sizeof(*names));
			if (names == NULL)
				abort();
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), name_cmp);
	for (size_t i = 0; i < n && !rc; i++) {
		struct stat st;

		buf_truncate(rel, base);
		buf_printf(rel, "%s%s", base ? "/" : "", names[i]);
		buf_reset(&full);
		buf_printf(&full, "%s/%s", s->dir, rel->data);
		if (lstat(full.data, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode))
			rc = walk_dir(s, rel, fn, arg);
		else if (S_ISREG(st.st_mode))
			rc = fn(arg, s, rel->data);
	}
out:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	buf_truncate(rel, base);
	buf_release(&full);
	return rc;
}

int
snapshot_walk(struct snapshot *s, const char *prefix, snapshot_fn fn, void *arg)
{
	if (s->repo) {
		struct git_walk w = { .s = s, .fn = fn, .arg = arg };
		git_tree *tree = s->tree;
		git_tree_entry *te = NULL;
		git_tree *sub = NULL;
		int rc;

		if (*prefix) {
			if (git_tree_entry_bypath(&te, s->tree, prefix) < 0)
				return 0;
			if (git_tree_entry_type(te) != GIT_OBJECT_TREE ||
			    git_tree_lookup(&sub, s->repo, git_tree_entry_id(te)) < 0) {
				git_tree_entry_free(te);
				return 0;
			}
			git_tree_entry_free(te);
			tree = sub;
			buf_puts(&w.path, prefix);
		}
		rc = walk_tree(&w, tree);
		git_tree_free(sub);
		buf_release(&w.path);
		return rc;
	} else {
		struct buf rel = BUF_INIT;
		int rc;

		buf_puts(&rel, prefix);
		rc = walk_dir(s, &rel, fn, arg);
		buf_release(&rel);
		return rc;
	}
}
