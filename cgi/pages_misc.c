/*
 * The broker's overview (counts per status, vacancies that expire soon or
 * were not checked for six months, with a one-click "nog actueel"), the
 * site-wide list of recent changes, accounts (beheerder) and the
 * vocabularies (beheerder, edited as the YAML files they are).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commit.h"
#include "editform.h"
#include "repo.h"
#include "snapshot.h"
#include "store.h"
#include "util.h"

static void
date_offset(char out[11], const char *today, int days)
{
	struct tm tm = { 0 };
	time_t t;

	tm.tm_year = atoi(today) - 1900;
	tm.tm_mon = atoi(today + 5) - 1;
	tm.tm_mday = atoi(today + 8) + days;
	tm.tm_hour = 12;
	t = mktime(&tm);
	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static void
today_of(struct admin *app, char out[11])
{
	time_t now = time(NULL);
	struct tm tm;

	if (app->today) {
		snprintf(out, 11, "%s", app->today);
		return;
	}
	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static json_t *
vacancy_rows(struct ctx *c, const char *sql, const char *a, const char *b)
{
	sqlite3_stmt *st = NULL;
	json_t *rows = json_array();
	git_tree *head;

	if (sqlite3_prepare_v2(c->app->db, sql, -1, &st, NULL) != SQLITE_OK)
		return rows;
	head = commit_head_tree(c->app->repo);	/* once for all rows: each revision is a lookup in it */
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		json_t *d = json_loads((const char *)sqlite3_column_text(st, 1), 0, NULL);
		char *url = admin_url(c, "/vacatures/%s/", slug), *ok = admin_url(c, "/vacatures/%s/actueel", slug);
		char rev[41];

		commit_blob_at(head, (const char *)sqlite3_column_text(st, 2), rev);
		json_array_append_new(rows, json_pack("{s:s, s:s, s:s, s:s?, s:s?, s:s, s:s}", "url", url,
			"actueel_url", ok, "titel", store_title(d),
			"geldig_tot", json_string_value(json_object_get(d, "geldig_tot")),
			"geverifieerd", json_string_value(json_object_get(d, "geverifieerd")),
			"rev", rev, "slug", slug));
		json_decref(d);
		free(url);
		free(ok);
	}
	git_tree_free(head);
	sqlite3_finalize(st);
	return rows;
}

void
page_dashboard(struct ctx *c)
{
	static const char *const statuses[] = { "concept", "open", "vol", "verlopen", NULL };
	char today[11], soon[11], stale[11];
	json_t *counts, *data;
	sqlite3_stmt *st = NULL;
	const char *done = form_get(c->rq->query, "actueel");

	if (is_role(c, "school")) {
		char *mine = admin_url(c, "/materialen/");

		http_redirect(c->rs, mine);
		free(mine);
		return;
	}
	counts = json_array();
	today_of(c->app, today);
	date_offset(soon, today, 30);
	date_offset(stale, today, -182);
	if (sqlite3_prepare_v2(c->app->db, "SELECT count(*) FROM vacancies WHERE status = ?", -1, &st, NULL) == SQLITE_OK) {
		for (int i = 0; statuses[i]; i++) {
			char key[40], *url = admin_url(c, "/vacatures/?status=%s", statuses[i]);

			sqlite3_reset(st);
			sqlite3_bind_text(st, 1, statuses[i], -1, SQLITE_STATIC);
			snprintf(key, sizeof(key), "status_%s", statuses[i]);
			json_array_append_new(counts, json_pack("{s:s, s:i, s:s}", "label", ctx_t(c, key),
				"aantal", sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0, "url", url));
			free(url);
		}
		sqlite3_finalize(st);
	}
	data = json_pack("{s:o, s:o, s:o, s:s}", "tellingen", counts,
		"verloopt", vacancy_rows(c, "SELECT e.slug, e.data, e.path FROM vacancies v JOIN entries e"
		    " ON e.type = 'vacature' AND e.slug = v.slug WHERE v.status = 'open' AND v.geldig_tot >= ?1"
		    " AND v.geldig_tot <= ?2 ORDER BY v.geldig_tot, v.slug LIMIT 100", today, soon),
		"oud", vacancy_rows(c, "SELECT e.slug, e.data, e.path FROM listing l"
		    " JOIN vacancies v ON v.slug = l.slug JOIN entries e ON e.type = l.type AND e.slug = l.slug"
		    " WHERE l.type = 'vacature' AND v.status IN ('open', 'vol') AND coalesce(l.verified, '') < ?1"
		    " ORDER BY l.verified, l.slug LIMIT 100", stale, NULL),
		"vandaag", today);
	if (done)
		json_object_set_new(data, "actueel_gedaan", json_string(done));
	view(c, 200, "overzicht", ctx_t(c, "beheer_nav_overzicht"), data);
}

/* Where an admin edits the entry a repository path holds, or NULL. */
static char *
edit_url_of(struct ctx *c, const char *path)
{
	struct diags d = DIAGS_INIT;
	char *slug = NULL, *url = NULL;
	enum entry_type t = entry_classify(path, &slug, &d);

	diags_clear(&d);
	if (t != ENTRY_NONE && t != ENTRY_BESTAND && t != ENTRY_TEMPLATE) {
		for (char *p = slug; *p; p++)
			if (*p == '/')
				*p = '.';
		url = admin_url(c, "/%s/%s/", admin_segment(t), slug);
	}
	free(slug);
	return url;
}

/* A commit's changed files for "Recente wijzigingen": the first ten, each with its edit link. */
struct commit_files {
	struct ctx *c;
	git_tree *tree;	/* the commit's */
	json_t *entries;
};

static void
add_changed_file(const char *path, void *arg)
{
	struct commit_files *cf = arg;
	git_tree_entry *e = NULL;
	char *url = NULL;

	if (json_array_size(cf->entries) >= 10)
		return;
	if (cf->tree && git_tree_entry_bypath(&e, cf->tree, path) == 0)	/* not deleted */
		url = edit_url_of(cf->c, path);
	git_tree_entry_free(e);
	json_array_append_new(cf->entries, json_pack("{s:s, s:s?}", "pad", path, "url", url));
	free(url);
}

void
page_changes(struct ctx *c)
{
	git_revwalk *walk = NULL;
	json_t *list = json_array();
	git_oid id;

	if (git_revwalk_new(&walk, c->app->repo) == 0 && git_revwalk_push_head(walk) == 0) {
		git_revwalk_sorting(walk, GIT_SORT_TIME);
		while (json_array_size(list) < 50 && git_revwalk_next(&id, walk) == 0) {
			git_commit *cm = NULL, *parent = NULL;
			git_tree *tree = NULL, *ptree = NULL;
			json_t *entries = json_array();
			char hex[41], when[32];
			time_t tt;
			struct tm tm;

			if (git_commit_lookup(&cm, c->app->repo, &id) < 0)
				break;
			git_commit_tree(&tree, cm);
			if (git_commit_parentcount(cm) && git_commit_parent(&parent, cm, 0) == 0)
				git_commit_tree(&ptree, parent);
			{
				struct commit_files cf = { c, tree, entries };

				repo_tree_changes(c->app->repo, ptree, tree, add_changed_file, &cf);
			}
			git_oid_tostr(hex, sizeof(hex), &id);
			tt = (time_t)git_commit_author(cm)->when.time;
			localtime_r(&tt, &tm);
			strftime(when, sizeof(when), "%Y-%m-%d %H:%M", &tm);
			json_array_append_new(list, json_pack("{s:s%, s:s, s:s, s:s, s:o}", "kort", hex, (size_t)10,
				"auteur", git_commit_author(cm)->name, "datum", when,
				"bericht", git_commit_summary(cm) ? git_commit_summary(cm) : "", "bestanden", entries));
			git_tree_free(ptree);
			git_tree_free(tree);
			git_commit_free(parent);
			git_commit_free(cm);
		}
	}
	git_revwalk_free(walk);
	view(c, 200, "wijzigingen", ctx_t(c, "beheer_nav_wijzigingen"), json_pack("{s:o}", "wijzigingen", list));
}

void
page_accounts(struct ctx *c)
{
	const char *problem = NULL, *done = NULL;
	json_t *data;

	if (!strcmp(c->rq->method, "POST")) {
		const char *action = form_get(c->rq->form, "actie"), *name = form_get(c->rq->form, "naam");

		if (action && !strcmp(action, "toevoegen")) {
			const char *role = form_get(c->rq->form, "rol"), *email = form_get(c->rq->form, "email");
			const char *full = form_get(c->rq->form, "volledige_naam"), *org = form_get(c->rq->form, "organisatie");
			const char *pw = form_get(c->rq->form, "wachtwoord");

			if (!name || !slug_valid(name) || !account_role_valid(role) ||
			    !account_identity_valid(full, email) || !pw || strlen(pw) < 10 ||
			    (!strcmp(role, "school") && (!org || !slug_valid(org))))
				problem = ctx_t(c, "beheer_accounts_ongeldig");
			else if (account_add(c->app->db, name, full, email, role, org, pw) != 0)
				problem = ctx_t(c, "beheer_accounts_bestaat");
			else
				done = ctx_t(c, "beheer_accounts_toegevoegd");
		} else if (action && name && (!strcmp(action, "uitschakelen") || !strcmp(action, "inschakelen"))) {
			if (!strcmp(name, json_string_value(json_object_get(c->account, "naam"))))
				problem = ctx_t(c, "beheer_accounts_zelf");
			else if (account_set_disabled(c->app->db, name, !strcmp(action, "uitschakelen")) != 0)
				problem = ctx_t(c, "beheer_fout_500");
			else
				done = ctx_t(c, "beheer_accounts_gewijzigd");
		}
	}
	data = json_pack("{s:o}", "accounts", account_list(c->app->db));
	if (problem)
		json_object_set_new(data, "fout", json_string(problem));
	if (done)
		json_object_set_new(data, "gedaan", json_string(done));
	view(c, problem ? 422 : 200, "accounts", ctx_t(c, "beheer_nav_accounts"), data);
}

/*
 * Validates the whole repository as it would be with text at path, in a
 * scratch in-memory index. Puts the problems into data["fout"]; true when any.
 */
static int
vocabulary_problems(struct ctx *c, const char *path, const char *text, json_t *data)
{
	struct diags d = DIAGS_INIT;
	struct index_stats st;
	struct index *scratch = index_open(":memory:");
	struct snapshot *s = NULL;
	git_oid head;
	int rc = 1;

	if (scratch == NULL || repo_head(c->app->repo, &head) != 0 || (s = snapshot_git(c->app->repo, &head)) == NULL) {
		json_object_set_new(data, "fout", json_string(ctx_t(c, "beheer_fout_500")));
		goto out;
	}
	snapshot_overlay(s, path, text, strlen(text));
	if (index_load_snapshot(scratch, s, &d, &st) == 0) {
		rc = 0;
	} else {
		struct buf all = BUF_INIT;

		for (size_t i = 0; i < d.n && i < 15; i++)
			buf_printf(&all, "%s:%d: %s\n", d.v[i].path, d.v[i].line, d.v[i].msg);
		if (d.n > 15)
			buf_printf(&all, "… (%zu)\n", d.n);
		json_object_set_new(data, "fout", json_string(buf_str(&all)));
		buf_release(&all);
	}
out:
	diags_clear(&d);
	snapshot_free(s);
	index_close(scratch);
	return rc;
}

void
page_vocabulary(struct ctx *c)
{
	const char *name = c->param[0];
	struct buf path = BUF_INIT, text = BUF_INIT;
	char rev[41] = "";
	json_t *data;
	int known = 0, status = 200;

	for (int i = 0; vocab_names[i]; i++)
		known |= !strcmp(name, vocab_names[i]);
	if (!known) {
		view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
		return;
	}
	buf_printf(&path, "vocabularies/%s.yaml", name);
	data = json_object();
	if (!strcmp(c->rq->method, "POST")) {
		char *body = form_get(c->rq->form, "inhoud") ? editform_text(form_get(c->rq->form, "inhoud")) : NULL;
		const char *expect = form_get(c->rq->form, "rev");
		struct change ch = { path.data, body, body ? strlen(body) : 0, expect ? expect : "-" };
		struct diags d = DIAGS_INIT;
		char *conflict = NULL, msg[200];
		git_oid id;

		snprintf(msg, sizeof(msg), "%s %s\n", ctx_t(c, "beheer_commit_vocabulaire"), name);
		/* Every entry is checked against the new vocabulary before anything is committed. */
		if (body && vocabulary_problems(c, path.data, body, data)) {
			status = 422;
			json_object_set_new(data, "inhoud", json_string(body));
			free(body);
			goto show;
		}
		switch (body ? commit_changes(c->app->repo, &ch, 1, json_string_value(json_object_get(c->account,
		    "volledige_naam")), json_string_value(json_object_get(c->account, "email")), msg, &id, &conflict)
		    : COMMIT_ERROR) {
		case COMMIT_OK:
			/* A broken vocabulary stops publishing: say so, and how to repair it. */
			if (publish(c->app, &d, NULL, NULL) != 0 && d.n) {
				struct buf all = BUF_INIT;

				for (size_t i = 0; i < d.n && i < 10; i++)
					buf_printf(&all, "%s:%d: %s\n", d.v[i].path, d.v[i].line, d.v[i].msg);
				json_object_set_new(data, "fout", json_string(all.data));
				buf_release(&all);
				status = 422;
			} else {
				json_object_set_new(data, "gedaan", json_string(ctx_t(c, "beheer_opgeslagen")));
			}
			break;
		case COMMIT_EMPTY:
			break;
		case COMMIT_CONFLICT:
			json_object_set_new(data, "fout", json_string(ctx_t(c, "beheer_conflict_terug")));
			status = 409;
			break;
		default:
			json_object_set_new(data, "fout", json_string(ctx_t(c, "beheer_fout_500")));
			status = 500;
		}
		free(conflict);
		free(body);
		diags_clear(&d);
	}
	commit_read_head(c->app->repo, path.data, rev, &text);
	json_object_set_new(data, "inhoud", json_string(buf_str(&text)));
show:
	if (!rev[0])
		commit_read_head(c->app->repo, path.data, rev, NULL);
	json_object_set_new(data, "rev", json_string(rev));
	json_object_set_new(data, "naam", json_string(name));
	view(c, status, "vocabulaire", name, data);
	buf_release(&path);
	buf_release(&text);
}
