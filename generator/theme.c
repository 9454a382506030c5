/*
 * Loading a theme; see theme.h.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "theme.h"
#include "util.h"
#include "yamldoc.h"

struct theme {
	char *dir;
	json_t *locale;		/* owned: key -> string */
	/* Compiled templates by name; the pointers live in a json object
	 * as integers, which keeps lookup a hash without a second table. */
	json_t *by_name;	/* owned: name -> integer index into tpl */
	struct mustache **tpl;	/* owned array of n templates */
	size_t n, cap;
};

static int
add_template(struct theme *t, const char *name, const char *path, const char *src, size_t len)
{
	struct mustache_error err = { 0 };
	struct mustache *m;
	json_t *old;

	m = mustache_compile(path, src, len, &err);
	if (m == NULL)
		return error("%s", err.msg);	/* the engine's message names path:line */
	old = json_object_get(t->by_name, name);
	if (old) {	/* a site's override replaces the theme's template */
		size_t i = (size_t)json_integer_value(old);

		mustache_free(t->tpl[i]);
		t->tpl[i] = m;
		return 0;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->tpl = realloc(t->tpl, t->cap * sizeof(*t->tpl));
		if (t->tpl == NULL)
			abort();
	}
	t->tpl[t->n] = m;
	json_object_set_new(t->by_name, name, json_integer((json_int_t)t->n));
	t->n++;
	return 0;
}

static int
load_dir_templates(struct theme *t, const char *subdir)
{
	struct buf path = BUF_INIT, src = BUF_INIT;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	buf_printf(&path, "%s/%s", t->dir, subdir);
	d = opendir(path.data);
	if (d == NULL) {
		error_errno("theme '%s' has no %s folder", t->dir, subdir);
		buf_release(&path);
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		char *name;

		if (de->d_name[0] == '.' || !ends_with(de->d_name, ".mustache"))
			continue;
		buf_reset(&path);
		buf_printf(&path, "%s/%s/%s", t->dir, subdir, de->d_name);
		buf_reset(&src);
		if (read_file(path.data, &src) < 0) {
			rc = -1;
			continue;
		}
		name = xstrndup(de->d_name, strlen(de->d_name) - 9);
		if (add_template(t, name, path.data, buf_str(&src), src.len) < 0)
			rc = -1;
		free(name);
	}
	closedir(d);
	buf_release(&path);
	buf_release(&src);
	return rc;
}

static int
load_overrides(struct theme *t, struct index *ix)
{
	sqlite3_stmt *s = NULL;
	int rc = 0;

	if (sqlite3_prepare_v2(index_db(ix),
	    "SELECT slug, path, blob FROM entries WHERE type = 'template' ORDER BY slug",
	    -1, &s, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(index_db(ix)));
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *src = sqlite3_column_blob(s, 2);

		if (add_template(t, (const char *)sqlite3_column_text(s, 0),
		    (const char *)sqlite3_column_text(s, 1), src ? src : "",
		    (size_t)sqlite3_column_bytes(s, 2)) < 0)
			rc = -1;
	}
	sqlite3_finalize(s);
	return rc;
}

static int
load_locale(struct theme *t, const char *lang)
{
	struct diags d = DIAGS_INIT;
	struct yaml_doc doc = { 0 };
	struct buf path = BUF_INIT, src = BUF_INIT;
	int rc = -1;

	buf_printf(&path, "%s/locale/%s.yaml", t->dir, lang);
	if (read_file(path.data, &src) < 0)
		goto out;
	if (yaml_parse(path.data, buf_str(&src), src.len, 0, &doc, &d) < 0) {
		diags_print(&d, stderr);
		goto out;
	}
	if (!json_is_object(doc.root)) {
		error("'%s': must be a mapping of key: text", path.data);
		goto out;
	}
	t->locale = json_incref(doc.root);
	rc = 0;
out:
	yaml_doc_release(&doc);
	diags_clear(&d);
	buf_release(&path);
	buf_release(&src);
	return rc;
}

struct theme *
theme_load(const char *dir, const char *subdir, const char *lang, struct index *ix)
{
	struct theme *t = xcalloc(1, sizeof(*t));

	t->dir = xstrdup(dir);
	t->by_name = json_object();
	if (load_locale(t, lang) < 0 || load_dir_templates(t, subdir) < 0 ||
	    (ix && load_overrides(t, ix) < 0)) {
		theme_free(t);
		return NULL;
	}
	return t;
}

void
theme_free(struct theme *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->n; i++)
		mustache_free(t->tpl[i]);
	free(t->tpl);
	json_decref(t->by_name);
	json_decref(t->locale);
	free(t->dir);
	free(t);
}

const struct mustache *
theme_template(struct theme *t, const char *name)
{
	json_t *i = json_object_get(t->by_name, name);

	return i ? t->tpl[json_integer_value(i)] : NULL;
}

const struct mustache *
theme_loader(void *theme, const char *name)
{
	return theme_template(theme, name);
}

json_t *
theme_locale(struct theme *t)
{
	return t->locale;
}

const char *
theme_string(struct theme *t, const char *key)
{
	const char *s = json_string_value(json_object_get(t->locale, key));

	return s ? s : key;
}

char *
theme_fill(const char *text, const char *const *pairs)
{
	struct buf b = BUF_INIT;
	const char *p = text;

	while (*p) {
		const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
		const char *found = NULL;
		size_t len;

		if (close == NULL) {
			buf_puts(&b, p);
			break;
		}
		buf_add(&b, p, (size_t)(open - p));
		len = (size_t)(close - open - 1);
		for (size_t i = 0; pairs[i] && pairs[i + 1]; i += 2)
			if (strlen(pairs[i]) == len && !strncmp(pairs[i], open + 1, len))
				found = pairs[i + 1];
		if (found)
			buf_puts(&b, found);
		else
			buf_add(&b, open, (size_t)(close - open + 1));
		p = close + 1;
	}
	return buf_detach(&b);
}

const char *
theme_dir(struct theme *t)
{
	return t->dir;
}
