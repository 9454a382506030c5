/*
 * Editing entries: the list of an entry type, the edit form (new,
 * duplicate, edit, preview, save), delete, and per entry its history,
 * a diff between two revisions and revert. Chapter slugs ("boek/h") are
 * written "boek.h" in admin URLs, as slugs cannot contain dots.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commit.h"
#include "editform.h"
#include "markdown.h"
#include "repo.h"
#include "schema.h"
#include "store.h"
#include "uploads.h"
#include "util.h"

#define PER_PAGE 50

/* "boek.h" <-> "boek/h". New string. */
static char *
url_to_slug(const char *s)
{
	char *out = xstrdup(s);

	for (char *p = out; *p; p++)
		if (*p == '.')
			*p = '/';
	return out;
}

static char *
slug_to_url(const char *s)
{
	char *out = xstrdup(s);

	for (char *p = out; *p; p++)
		if (*p == '/')
			*p = '.';
	return out;
}

/* The entry type of the first route capture, or answers 404. */
static enum entry_type
route_type(struct ctx *c)
{
	enum entry_type t = admin_type(c->param[0]);

	if (t == ENTRY_NONE)
		view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
	else if (is_role(c, "school") && t != ENTRY_MATERIAAL) {
		view_message(c, 403, "beheer_fout_titel", ctx_t(c, "beheer_fout_403"));
		t = ENTRY_NONE;
	}
	return t;
}

static json_t *
organisations(struct admin *app)
{
	sqlite3_stmt *st = NULL;
	json_t *list = json_array();

	if (sqlite3_prepare_v2(app->db, "SELECT slug, json_extract(data, '$.naam') FROM entries"
	    " WHERE type = 'organisatie' ORDER BY 2 COLLATE NOCASE", -1, &st, NULL) != SQLITE_OK)
		return list;
	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(list, json_pack("{s:s, s:s}", "slug", (const char *)sqlite3_column_text(st, 0),
			"naam", (const char *)sqlite3_column_text(st, 1)));
	sqlite3_finalize(st);
	return list;
}

static json_t *
books(struct admin *app, const char *current)
{
	sqlite3_stmt *st = NULL;
	json_t *list = json_array();

	if (sqlite3_prepare_v2(app->db, "SELECT slug, json_extract(data, '$.titel') FROM entries"
	    " WHERE type = 'handboek' ORDER BY 2", -1, &st, NULL) != SQLITE_OK)
		return list;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);

		json_array_append_new(list, json_pack("{s:s, s:s, s:b}", "waarde", slug,
			"label", (const char *)sqlite3_column_text(st, 1), "gekozen", current && !strcmp(current, slug)));
	}
	sqlite3_finalize(st);
	return list;
}

/* "?q=..&status=..&pagina=N" with the values encoded. */
static json_t *
page_link(const char *q, const char *status, long page)
{
	struct buf b = BUF_INIT;
	json_t *v;

	buf_puts(&b, "?q=");
	url_encode(&b, q ? q : "");
	buf_puts(&b, "&status=");
	url_encode(&b, status ? status : "");
	buf_printf(&b, "&pagina=%ld", page);
	v = json_string(b.data);
	buf_release(&b);
	return v;
}

/* The list filter's values: ?1 type, ?2 title pattern, ?3 status, ?4 owner (NULL: any). */
static void
bind_list_filter(sqlite3_stmt *st, enum entry_type t, const char *like, const char *status, const char *owner)
{
	sqlite3_bind_text(st, 1, entry_type_names[t], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, like, -1, SQLITE_STATIC);
	if (status && *status)
		sqlite3_bind_text(st, 3, status, -1, SQLITE_STATIC);
	if (owner)
		sqlite3_bind_text(st, 4, owner, -1, SQLITE_STATIC);
}

void
page_list(struct ctx *c)
{
	enum entry_type t = route_type(c);
	const char *q = form_get(c->rq->query, "q"), *status = form_get(c->rq->query, "status");
	const char *school = is_role(c, "school") ? json_string_value(json_object_get(c->account, "organisatie")) : NULL;
	long page = form_get(c->rq->query, "pagina") ? atol(form_get(c->rq->query, "pagina")) : 1;
	json_t *items, *data;
	sqlite3_stmt *st = NULL, *count = NULL;
	struct buf like = BUF_INIT;
	char key[64], *new_url;
	long total = 0;

	if (t == ENTRY_NONE)
		return;
	items = json_array();
	/* Past any real list, and no product with PER_PAGE overflows. */
	if (page < 1 || page > 1000000)
		page = 1;
	/* What the broker typed is text: %, _ and \ match themselves. */
	buf_putc(&like, '%');
	for (const char *p = q ? q : ""; *p; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			buf_putc(&like, '\\');
		buf_putc(&like, *p);
	}
	buf_putc(&like, '%');
	/*
	 * One filter for every type: the title (or name) is searched, status
	 * filters vacancies, owner a school's materials. The index's narrow
	 * listing answers the count and the page's order; only the page's
	 * own entries are read whole.
	 */
#define LIST_WHERE " WHERE l.type = ?1 AND l.title LIKE ?2 ESCAPE '\\' AND (?3 IS NULL OR l.status = ?3)" \
	" AND (?4 IS NULL OR l.owner = ?4)"
	if (sqlite3_prepare_v2(c->app->db, "SELECT count(*) FROM listing l" LIST_WHERE, -1, &count, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->app->db, "SELECT e.slug, e.data FROM listing l JOIN entries e"
	    " ON e.type = l.type AND e.slug = l.slug" LIST_WHERE
	    " ORDER BY l.title COLLATE NOCASE, l.slug LIMIT ?5 OFFSET ?6", -1, &st, NULL) != SQLITE_OK) {
		view_message(c, 500, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
		goto out;
	}
#undef LIST_WHERE
	bind_list_filter(count, t, like.data, status, school);
	bind_list_filter(st, t, like.data, status, school);
	if (sqlite3_step(count) == SQLITE_ROW)
		total = sqlite3_column_int(count, 0);
	sqlite3_bind_int(st, 5, PER_PAGE);
	sqlite3_bind_int64(st, 6, (page - 1) * PER_PAGE);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char *u = slug_to_url((const char *)sqlite3_column_text(st, 0));
		char *url = admin_url(c, "/%s/%s/", c->param[0], u);
		json_t *d = json_loads((const char *)sqlite3_column_text(st, 1), 0, NULL);

		json_array_append_new(items, json_pack("{s:s, s:s, s:s?, s:s?, s:s?}", "url", url,
			"titel", store_title(d), "status", json_string_value(json_object_get(d, "status")),
			"geldig_tot", json_string_value(json_object_get(d, "geldig_tot")),
			"geverifieerd", json_string_value(json_object_get(d, "geverifieerd"))));
		json_decref(d);
		free(u);
		free(url);
	}
	snprintf(key, sizeof(key), "beheer_lijst_%s", c->param[0]);
	new_url = admin_url(c, "/%s/nieuw", c->param[0]);
	data = json_pack("{s:o, s:s, s:s, s:I, s:s, s:b}", "items", items, "q", q ? q : "",
		"nieuw_url", new_url, "aantal", (json_int_t)total, "status", status ? status : "",
		"is_vacatures", t == ENTRY_VACATURE);
	items = NULL;
	if (page > 1)
		json_object_set_new(data, "vorige", page_link(q, status, page - 1));
	if (page * PER_PAGE < total)
		json_object_set_new(data, "volgende", page_link(q, status, page + 1));
	view(c, 200, "lijst", ctx_t(c, key), data);
	free(new_url);
out:
	sqlite3_finalize(count);
	sqlite3_finalize(st);
	json_decref(items);
	buf_release(&like);
}

/* Renders the edit form: data as the user has it, errors beside fields. */
static void
edit_form(struct ctx *c, int status, enum entry_type t, const char *url_slug, json_t *data, const char *body,
	const char *rev, json_t *errors, json_t *extra)
{
	struct vocabs v = { 0 };
	struct form_env env = { .theme = c->app->theme };
	json_t *ctx, *general;
	char key[64], *action, *title;

	index_vocabs(c->app->ix, &v);
	env.v = &v;
	env.orgs = organisations(c->app);
	if (is_role(c, "school"))
		env.fixed_owner = json_string_value(json_object_get(c->account, "organisatie"));
	action = url_slug ? admin_url(c, "/%s/%s/", c->param[0], url_slug) : admin_url(c, "/%s/nieuw", c->param[0]);
	ctx = json_pack("{s:o, s:s, s:s, s:s, s:b, s:b}",
		"velden", editform_fields(&env, t, data, errors), "inhoud_tekst", body ? body : "",
		"actie", action, "rev", rev ? rev : "", "nieuw", url_slug == NULL,
		"is_materiaal", t == ENTRY_MATERIAAL);
	general = json_object_get(errors, "");
	if (general)
		json_object_set(ctx, "algemene_fout", general);
	if (json_object_size(errors))
		json_object_set_new(ctx, "fouten", json_integer((json_int_t)json_object_size(errors)));
	if (json_object_get(errors, "tekst"))
		json_object_set(ctx, "tekst_fout", json_object_get(errors, "tekst"));
	if (url_slug == NULL)
		json_object_set_new(ctx, "slug", json_string(json_string_value(json_object_get(extra, "slug")) ?
		    json_string_value(json_object_get(extra, "slug")) : ""));
	if (t == ENTRY_HOOFDSTUK && url_slug == NULL)
		json_object_set_new(ctx, "boeken", books(c->app, json_string_value(json_object_get(extra, "boek"))));
	if (json_object_get(errors, "slug"))
		json_object_set(ctx, "slug_fout", json_object_get(errors, "slug"));
	if (url_slug) {
		char *u = admin_url(c, "/%s/%s/", c->param[0], url_slug);

		json_object_set_new(ctx, "geschiedenis_url", json_sprintf("%sgeschiedenis", u));
		json_object_set_new(ctx, "verwijderen_url", json_sprintf("%sverwijderen", u));
		json_object_set_new(ctx, "dupliceren_url", json_sprintf("%s/%s/nieuw?van=%s", c->app->prefix,
			c->param[0], url_slug));
		free(u);
	}
	json_object_update(ctx, extra);
	snprintf(key, sizeof(key), "beheer_soort_%s", entry_type_names[t]);
	title = url_slug ? xstrdup(store_title(data)) : NULL;
	if (title == NULL || !*title) {
		free(title);
		title = xstrdup(ctx_t(c, key));
	}
	view(c, status, "bewerken", title, ctx);
	free(title);
	free(action);
	json_decref(env.orgs);
	vocabs_release(&v);
}

/* The Markdown preview, made by the generator's own renderer. */
static json_t *
preview(const char *body)
{
	struct buf html = BUF_INIT;
	json_t *v;

	markdown_render(body ? body : "", body ? strlen(body) : 0, &html);
	v = json_pack("{s:s}", "voorbeeld_html", buf_str(&html));
	buf_release(&html);
	return v;
}

/* After a save, back to the form, which then says so and links the live page. */
static void
saved(struct ctx *c, const char *slug, double seconds, const char *commit)
{
	char *url_slug = slug_to_url(slug);
	char *edit = admin_url(c, "/%s/%s/?opgeslagen=%.12s&tijd=%.0f", c->param[0], url_slug, commit, seconds * 1000);

	http_redirect(c->rs, edit);
	free(edit);
	free(url_slug);
}

static void
conflict_page(struct ctx *c, enum entry_type t, struct stored *now, json_t *mine, const char *my_body)
{
	struct buf theirs = BUF_INIT, yours = BUF_INIT;
	char *url = now->slug ? slug_to_url(now->slug) : NULL;
	char *edit = url ? admin_url(c, "/%s/%s/", c->param[0], url) : admin_url(c, "/%s/", c->param[0]);

	if (now->data)
		entry_serialize(t, now->data, now->body, &theirs);
	entry_serialize(t, mine, my_body, &yours);
	view(c, 409, "conflict", ctx_t(c, "beheer_conflict_titel"), json_pack("{s:s, s:s, s:s}",
		"hunne", buf_str(&theirs), "jouwe", buf_str(&yours), "bewerken_url", edit));
	free(url);
	free(edit);
	buf_release(&theirs);
	buf_release(&yours);
}

/* Save (or preview) a posted form for a new or an existing entry. */
static void
post_form(struct ctx *c, enum entry_type t, struct stored *old)
{
	json_t *form = c->rq->form, *data = editform_data(t, form), *errors = NULL, *extra = json_object();
	char *body = form_get(form, "tekst") ? editform_text(form_get(form, "tekst")) : NULL;
	const char *rev = form_get(form, "rev");
	char *slug = NULL, *path = NULL, *url_slug = NULL, commit[41];
	struct uploads_result up = { 0 };
	struct save sv = { 0 };
	double seconds = 0;
	enum save_result r;

	if (old == NULL) {
		const char *want = form_get(form, "slug"), *book = form_get(form, "boek");
		char *base = want && *want ? xstrdup(want) : store_slugify(store_title(data));

		json_object_set_new(extra, "slug", json_string(base));
		if (t == ENTRY_HOOFDSTUK) {
			json_object_set_new(extra, "boek", json_string(book ? book : ""));
			if (book && slug_valid(book)) {
				struct buf b = BUF_INIT;

				buf_printf(&b, "%s/%s", book, base);
				slug = buf_detach(&b);
			}
		} else {
			slug = xstrdup(base);
		}
		if (!slug_valid(base) || slug == NULL) {
			errors = json_pack("{s:s}", "slug", ctx_t(c, "beheer_fout_slug"));
			free(base);
			goto invalid;
		}
		free(base);
		path = store_new_path(t, slug);
		if (is_role(c, "school"))
			json_object_set_new(data, "eigenaar", json_string(json_string_value(json_object_get(c->account, "organisatie"))));
	} else {
		slug = xstrdup(old->slug);
		path = xstrdup(old->path);
	}
	if (!store_may_edit(c, t, data)) {
		view_message(c, 403, "beheer_fout_titel", ctx_t(c, "beheer_fout_403"));
		goto out;
	}
	url_slug = slug_to_url(slug);
	if (form_get(form, "voorbeeld")) {
		json_t *pv = preview(body);

		json_object_update(extra, pv);
		json_decref(pv);
		edit_form(c, 200, t, old ? url_slug : NULL, data, body, rev, NULL, extra);
		goto out;
	}
	/* Uploaded attachments join the record and the same commit. */
	if (t == ENTRY_MATERIAAL && uploads_take(c, slug, old ? old->data : NULL, data, &up) != 0) {
		errors = json_pack("{s:s}", "bestanden", up.problem ? up.problem : ctx_t(c, "beheer_fout_upload"));
		goto invalid;
	}
	sv.type = t;
	sv.slug = slug;
	sv.path = path;
	sv.expect = old ? (rev ? rev : "-") : "";
	sv.data = data;
	sv.body = body ? body : "";
	sv.old = old ? old->data : NULL;
	sv.old_body = old ? old->body : NULL;
	sv.extra = up.changes;
	sv.nextra = up.n;
	r = store_save(c, &sv, &errors, &seconds, commit);
	if (r == SAVE_OK || r == SAVE_UNCHANGED) {
		saved(c, slug, seconds, r == SAVE_OK ? commit : "");
		goto out;
	}
	if (r == SAVE_CONFLICT) {
		struct stored now = { 0 };

		if (old)
			store_load(c->app, t, slug, &now);
		else
			now.slug = NULL;
		if (!old) {
			json_decref(errors);
			errors = json_pack("{s:s}", "slug", ctx_t(c, "beheer_fout_bestaat"));
			store_release(&now);
			goto invalid;
		}
		conflict_page(c, t, &now, data, body);
		store_release(&now);
		goto out;
	}
	if (r != SAVE_INVALID) {
		view_message(c, 500, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
		goto out;
	}
invalid:
	/* Everything the user typed comes back, with the problems beside it. */
	edit_form(c, 422, t, old ? url_slug : NULL, data, body, rev, errors, extra);
out:
	uploads_release(&up);
	json_decref(errors);
	json_decref(data);
	json_decref(extra);
	free(body);
	free(slug);
	free(path);
	free(url_slug);
}

void
page_new(struct ctx *c)
{
	enum entry_type t = route_type(c);
	const char *from = form_get(c->rq->query, "van");
	struct stored src = { 0 };
	json_t *data = NULL, *extra = json_object();
	char *slug;

	if (t == ENTRY_NONE)
		goto out;
	if (!strcmp(c->rq->method, "POST")) {
		post_form(c, t, NULL);
		goto out;
	}
	/* Duplicate: a copy of another entry, to be saved under a new slug. */
	if (from && (slug = url_to_slug(from)) != NULL) {
		if (store_load(c->app, t, slug, &src) == 0 && store_may_edit(c, t, src.data)) {
			data = json_incref(src.data);
			json_object_set_new(extra, "slug", json_sprintf("%s-kopie", strrchr(slug, '/') ?
			    strrchr(slug, '/') + 1 : slug));
		}
		free(slug);
	}
	if (data == NULL)
		data = json_object();
	if (is_role(c, "school"))
		json_object_set_new(data, "eigenaar", json_string(json_string_value(json_object_get(c->account, "organisatie"))));
	edit_form(c, 200, t, NULL, data, src.body, "", NULL, extra);
out:
	json_decref(data);
	json_decref(extra);
	store_release(&src);
}

/* Loads the entry named by the route, answering 404/403 itself. */
static int
route_entry(struct ctx *c, enum entry_type *t, struct stored *s)
{
	char *slug;
	int rc;

	*t = route_type(c);
	if (*t == ENTRY_NONE)
		return -1;
	slug = url_to_slug(c->param[1]);
	rc = store_load(c->app, *t, slug, s);
	free(slug);
	if (rc != 0) {
		view_message(c, rc == 1 ? 404 : 500, "beheer_fout_titel", ctx_t(c, rc == 1 ? "beheer_fout_404" :
		    "beheer_fout_500"));
		return -1;
	}
	if (!store_may_edit(c, *t, s->data)) {
		view_message(c, 403, "beheer_fout_titel", ctx_t(c, "beheer_fout_403"));
		return -1;
	}
	return 0;
}

void
page_edit(struct ctx *c)
{
	struct stored s = { 0 };
	enum entry_type t;
	json_t *extra;
	const char *done = form_get(c->rq->query, "opgeslagen");

	if (route_entry(c, &t, &s) < 0)
		goto out;
	if (!strcmp(c->rq->method, "POST")) {
		post_form(c, t, &s);
		goto out;
	}
	extra = json_object();
	if (done) {
		char *pub = store_public_path(t, s.slug);

		json_object_set_new(extra, "opgeslagen", json_pack("{s:s, s:s, s:s}", "commit", done,
			"tijd", form_get(c->rq->query, "tijd") ? form_get(c->rq->query, "tijd") : "",
			"live_url", pub));
		free(pub);
	}
	edit_form(c, 200, t, c->param[1], s.data, s.body, s.rev, NULL, extra);
	json_decref(extra);
out:
	store_release(&s);
}

void
page_delete(struct ctx *c)
{
	struct stored s = { 0 };
	enum entry_type t;
	sqlite3_stmt *st = NULL;
	json_t *users = json_array();
	char commit[41];
	double seconds;

	if (route_entry(c, &t, &s) < 0)
		goto out;
	/* Refuse to delete what other entries still name: the site would break. */
	if (sqlite3_prepare_v2(c->app->db, "SELECT DISTINCT r.path FROM refs r WHERE r.type = ? AND r.slug = ?"
	    " LIMIT 20", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, entry_type_names[t], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, s.slug, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW)
			json_array_append_new(users, json_string((const char *)sqlite3_column_text(st, 0)));
		sqlite3_finalize(st);
	}
	if (json_array_size(users)) {
		view(c, 409, "verwijderen", store_title(s.data), json_pack("{s:O, s:b}", "gebruikt_door", users,
			"geblokkeerd", 1));
		goto out;
	}
	if (!strcmp(c->rq->method, "POST")) {
		struct save sv = { .type = t, .slug = s.slug, .path = s.path, .old = s.data, .old_body = s.body };
		const char *rev = form_get(c->rq->form, "rev");
		struct uploads_result up = { 0 };
		json_t *errors = NULL;
		enum save_result r;

		/* A material's attachments leave the repository in the same commit. */
		if (t == ENTRY_MATERIAAL)
			uploads_remove_all(s.slug, s.data, &up);
		sv.extra = up.changes;
		sv.nextra = up.n;
		sv.expect = rev ? rev : "-";
		r = store_save(c, &sv, &errors, &seconds, commit);
		uploads_release(&up);
		json_decref(errors);
		if (r == SAVE_OK) {
			char *list = admin_url(c, "/%s/?verwijderd=1", c->param[0]);

			http_redirect(c->rs, list);
			free(list);
		} else if (r == SAVE_CONFLICT) {
			view_message(c, 409, "beheer_conflict_titel", ctx_t(c, "beheer_conflict_verwijderen"));
		} else {
			view_message(c, 500, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
		}
		goto out;
	}
	view(c, 200, "verwijderen", store_title(s.data), json_pack("{s:s, s:s}", "rev", s.rev, "titel_entry",
		store_title(s.data)));
out:
	json_decref(users);
	store_release(&s);
}

/* Whether path differs between two trees (either NULL for none): only the entries on its way are read. */
static int
path_changed(git_tree *tree, git_tree *ptree, const char *path)
{
	git_tree_entry *a = NULL, *b = NULL;
	int in_a = tree && git_tree_entry_bypath(&a, tree, path) == 0;
	int in_b = ptree && git_tree_entry_bypath(&b, ptree, path) == 0;
	int changed = in_a != in_b || (in_a && (!git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) ||
	    git_tree_entry_filemode(a) != git_tree_entry_filemode(b)));

	git_tree_entry_free(a);
	git_tree_entry_free(b);
	return changed;
}

/* The commits that changed path, newest first (at most limit). New array of {id, kort, auteur, datum, bericht}. */
static json_t *
history_of(struct admin *app, const char *path, int limit)
{
	git_revwalk *walk = NULL;
	json_t *list = json_array();
	git_oid id;

	if (git_revwalk_new(&walk, app->repo) < 0 || git_revwalk_push_head(walk) < 0)
		goto out;
	git_revwalk_sorting(walk, GIT_SORT_TIME);
	while ((int)json_array_size(list) < limit && git_revwalk_next(&id, walk) == 0) {
		git_commit *cm = NULL, *parent = NULL;
		git_tree *tree = NULL, *ptree = NULL;

		if (git_commit_lookup(&cm, app->repo, &id) == 0 && git_commit_tree(&tree, cm) == 0) {
			if (git_commit_parentcount(cm) > 0 && git_commit_parent(&parent, cm, 0) == 0)
				git_commit_tree(&ptree, parent);
			if (path_changed(tree, ptree, path)) {
				const git_signature *a = git_commit_author(cm);
				char hex[41], when[32];
				time_t tt = (time_t)a->when.time;
				struct tm tm;

				git_oid_tostr(hex, sizeof(hex), &id);
				localtime_r(&tt, &tm);
				strftime(when, sizeof(when), "%Y-%m-%d %H:%M", &tm);
				json_array_append_new(list, json_pack("{s:s, s:s%, s:s, s:s, s:s}", "id", hex,
					"kort", hex, (size_t)10, "auteur", a->name, "datum", when,
					"bericht", git_commit_summary(cm) ? git_commit_summary(cm) : ""));
			}
		}
		git_tree_free(ptree);
		git_tree_free(tree);
		git_commit_free(parent);
		git_commit_free(cm);
	}
out:
	git_revwalk_free(walk);
	return list;
}

void
page_history(struct ctx *c)
{
	struct stored s = { 0 };
	enum entry_type t;
	json_t *list, *item, *prev = NULL;
	char *base;
	size_t i;

	if (route_entry(c, &t, &s) < 0)
		goto out;
	list = history_of(c->app, s.path, 100);
	base = admin_url(c, "/%s/%s/", c->param[0], c->param[1]);
	/* Each revision links to its diff with the one before it. */
	for (i = json_array_size(list); i-- > 0; ) {
		item = json_array_get(list, i);
		if (prev)
			json_object_set_new(item, "verschil_url", json_sprintf("%sverschil?van=%s&naar=%s", base,
				json_string_value(json_object_get(prev, "id")), json_string_value(json_object_get(item, "id"))));
		json_object_set_new(item, "huidig", json_boolean(i == 0));
		prev = item;
	}
	view(c, 200, "geschiedenis", store_title(s.data), json_pack("{s:o, s:s, s:s, s:s}", "versies", list,
		"bewerken_url", base, "terugzetten_url", "terugzetten", "rev", s.rev));
	free(base);
out:
	store_release(&s);
}

/* The file at path in commit hex, appended to out. 0, 1 absent, -1. */
static int
file_at(struct admin *app, const char *hex, const char *path, struct buf *out)
{
	git_oid id;
	git_commit *cm = NULL;
	struct snapshot *snap;
	int rc;

	if (hex == NULL || git_oid_fromstrn(&id, hex, strlen(hex)) < 0 || strlen(hex) != 40)
		return -1;
	if (git_commit_lookup(&cm, app->repo, &id) < 0)
		return -1;
	git_commit_free(cm);
	snap = snapshot_git(app->repo, &id);
	if (snap == NULL)
		return -1;
	rc = snapshot_read(snap, path, out);
	snapshot_free(snap);
	return rc;
}

struct diff_lines {
	json_t *lines;
};

static int
diff_line_cb(const git_diff_delta *delta, const git_diff_hunk *hunk, const git_diff_line *line, void *payload)
{
	struct diff_lines *dl = payload;
	const char *cls = line->origin == GIT_DIFF_LINE_ADDITION ? "erbij" :
	    line->origin == GIT_DIFF_LINE_DELETION ? "eraf" : "gelijk";
	size_t n = line->content_len;

	(void)delta;
	(void)hunk;
	while (n && (line->content[n - 1] == '\n' || line->content[n - 1] == '\r'))
		n--;
	if (line->origin == GIT_DIFF_LINE_ADDITION || line->origin == GIT_DIFF_LINE_DELETION ||
	    line->origin == GIT_DIFF_LINE_CONTEXT)
		json_array_append_new(dl->lines, json_pack("{s:s, s:s, s:s%, s:i, s:i}", "soort", cls,
			"teken", line->origin == GIT_DIFF_LINE_ADDITION ? "+" : line->origin == GIT_DIFF_LINE_DELETION ? "−" : " ",
			"tekst", line->content, n, "oud", line->old_lineno, "nieuw", line->new_lineno));
	return 0;
}

void
page_diff(struct ctx *c)
{
	struct stored s = { 0 };
	struct buf a = BUF_INIT, b = BUF_INIT;
	const char *from = form_get(c->rq->query, "van"), *to = form_get(c->rq->query, "naar");
	struct diff_lines dl = { json_array() };
	git_diff_options opts;
	enum entry_type t;
	char *base;

	if (route_entry(c, &t, &s) < 0)
		goto out;
	if (file_at(c->app, from, s.path, &a) < 0 || file_at(c->app, to, s.path, &b) < 0) {
		view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
		goto out;
	}
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.context_lines = 3;
	git_diff_buffers(a.data, a.len, s.path, b.data, b.len, s.path, &opts, NULL, NULL, NULL, diff_line_cb, &dl);
	base = admin_url(c, "/%s/%s/", c->param[0], c->param[1]);
	view(c, 200, "verschil", store_title(s.data), json_pack("{s:O, s:s%, s:s%, s:s, s:b}", "regels", dl.lines,
		"van", from, (size_t)10, "naar", to, (size_t)10, "geschiedenis_url", base,
		"geen", json_array_size(dl.lines) == 0));
	free(base);
out:
	json_decref(dl.lines);
	buf_release(&a);
	buf_release(&b);
	store_release(&s);
}

void
page_revert(struct ctx *c)
{
	struct stored s = { 0 };
	struct buf old = BUF_INIT, msg = BUF_INIT;
	const char *to = form_get(c->rq->form, "naar"), *rev = form_get(c->rq->form, "rev");
	struct change ch;
	char *conflict = NULL, kind_key[40];
	enum entry_type t;
	enum commit_result r;
	git_oid id;

	if (route_entry(c, &t, &s) < 0)
		goto out;
	if (file_at(c->app, to, s.path, &old) != 0) {
		view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
		goto out;
	}
	snprintf(kind_key, sizeof(kind_key), "beheer_soort_%s", entry_type_names[t]);
	buf_printf(&msg, "%s '%s' %s %.10s\n", ctx_t(c, kind_key), store_title(s.data),
	    ctx_t(c, "beheer_commit_terug"), to);
	/* The old version must still be valid content today (vocabularies change). */
	{
		struct vocabs v = { 0 };
		struct diags d = DIAGS_INIT;
		struct entry e;
		int bad;

		index_vocabs(c->app->ix, &v);
		bad = entry_parse(&e, &v, s.path, old.data, old.len, &d) < 0;
		if (!bad)
			entry_release(&e);
		vocabs_release(&v);
		if (bad) {
			char *why = d.n ? editform_message(&d.v[0], theme_locale(c->app->theme)) : NULL;
			char *text = theme_fill(ctx_t(c, "beheer_terug_ongeldig"), (const char *const[]){
				"veld", d.n && d.v[0].key ? d.v[0].key : "-", "fout", why ? why : "", NULL });

			view_message(c, 422, "beheer_fout_titel", text);
			free(text);
			free(why);
			diags_clear(&d);
			goto out;
		}
		diags_clear(&d);
	}
	ch.path = s.path;
	ch.data = old.data;
	ch.len = old.len;
	ch.expect = rev ? rev : "-";
	r = commit_changes(c->app->repo, &ch, 1, json_string_value(json_object_get(c->account, "volledige_naam")),
	    json_string_value(json_object_get(c->account, "email")), msg.data, &id, &conflict);
	if (r == COMMIT_CONFLICT) {
		view_message(c, 409, "beheer_conflict_titel", ctx_t(c, "beheer_conflict_terug"));
	} else if (r == COMMIT_OK || r == COMMIT_EMPTY) {
		struct diags d = DIAGS_INIT;
		char hex[41] = "", *back;
		double seconds = 0;

		if (r == COMMIT_OK) {
			git_oid_tostr(hex, sizeof(hex), &id);
			publish(c->app, &d, &seconds, NULL);
			diags_clear(&d);
		}
		back = admin_url(c, "/%s/%s/?opgeslagen=%.12s&tijd=%.0f", c->param[0], c->param[1], hex, seconds * 1000);
		http_redirect(c->rs, back);
		free(back);
	} else {
		view_message(c, 500, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
	}
out:
	free(conflict);
	buf_release(&old);
	buf_release(&msg);
	store_release(&s);
}

void
page_verified(struct ctx *c)
{
	struct stored s = { 0 };
	struct save sv = { 0 };
	json_t *data = NULL, *errors = NULL;
	char today[11], commit[41], *back;
	double seconds;
	enum entry_type t;
	time_t now = time(NULL);
	struct tm tm;

	if (route_entry(c, &t, &s) < 0)
		goto out;
	if (t != ENTRY_VACATURE) {
		view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
		goto out;
	}
	localtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	if (c->app->today)
		snprintf(today, sizeof(today), "%s", c->app->today);
	data = json_deep_copy(s.data);
	json_object_set_new(data, "geverifieerd", json_string(today));
	sv.type = t;
	sv.slug = s.slug;
	sv.path = s.path;
	sv.expect = form_get(c->rq->form, "rev") ? form_get(c->rq->form, "rev") : "-";
	sv.data = data;
	sv.body = s.body;
	sv.old = s.data;
	sv.old_body = s.body;
	switch (store_save(c, &sv, &errors, &seconds, commit)) {
	case SAVE_OK:
	case SAVE_UNCHANGED:
		back = admin_url(c, "/?actueel=%s", s.slug);
		http_redirect(c->rs, back);
		free(back);
		break;
	case SAVE_CONFLICT:
		view_message(c, 409, "beheer_conflict_titel", ctx_t(c, "beheer_conflict_terug"));
		break;
	default:
		view_message(c, 422, "beheer_fout_titel", ctx_t(c, "beheer_fout_500"));
	}
out:
	json_decref(errors);
	json_decref(data);
	store_release(&s);
}
