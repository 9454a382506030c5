/*
 * CSV import and export of vacancies and organisations: the spreadsheets
 * brokers already keep. Columns are the field names of stagebureau(5),
 * nested ones with a dot ("periode.van"), plus "slug" and "tekst". An
 * import is checked row by row exactly as the admin's forms are; the
 * broker sees every bad row with its line and reason, and only when she
 * confirms are the good rows committed, all in one commit.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "editform.h"
#include "schema.h"
#include "store.h"
#include "util.h"

/* The flat column names of a schema ("periode.van"), lists of objects left out. */
static void
columns_of(const struct field *fields, const char *prefix, json_t *out)
{
	for (const struct field *f = fields; f->key; f++) {
		struct buf name = BUF_INIT;

		buf_printf(&name, "%s%s%s", prefix, *prefix ? "." : "", f->key);
		if (f->kind == K_OBJECT)
			columns_of(f->sub, name.data, out);
		else if (f->kind != K_OBJECTS)
			json_array_append_new(out, json_pack("{s:s, s:i}", "naam", name.data, "kind", f->kind));
		buf_release(&name);
	}
}

static enum entry_type
csv_type(const char *name)
{
	if (name && !strcmp(name, "vacatures"))
		return ENTRY_VACATURE;
	if (name && !strcmp(name, "organisaties"))
		return ENTRY_ORGANISATIE;
	return ENTRY_NONE;
}

static json_t *
lookup_path(const char *path_dotted, json_t *data)
{
	struct buf key = BUF_INIT;
	json_t *v = data;

	buf_puts(&key, path_dotted);
	for (char *seg = key.data, *dot; v && seg; seg = dot ? dot + 1 : NULL) {
		dot = strchr(seg, '.');
		if (dot)
			*dot = '\0';
		v = json_object_get(v, seg);
	}
	buf_release(&key);
	return v;
}

void
page_export(struct ctx *c)
{
	char *dot = strrchr(c->param[0], '.');
	enum entry_type t;
	json_t *cols = json_array(), *col;
	struct buf out = BUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t i;

	if (dot == NULL || strcmp(dot, ".csv") || (*dot = '\0', t = csv_type(c->param[0])) == ENTRY_NONE ||
	    is_role(c, "school")) {
		view_message(c, 404, "beheer_fout_titel", ctx_t(c, "beheer_fout_404"));
		goto out;
	}
	columns_of(schema_fields(t), "", cols);
	buf_puts(&out, "\xef\xbb\xbf");	/* so spreadsheets read it as UTF-8 */
	csv_field(&out, "slug", 1);
	json_array_foreach(cols, i, col)
		csv_field(&out, json_string_value(json_object_get(col, "naam")), 0);
	csv_field(&out, "tekst", 0);
	buf_puts(&out, "\r\n");
	if (sqlite3_prepare_v2(c->app->db, "SELECT slug, data, path FROM entries WHERE type = ? ORDER BY slug",
	    -1, &st, NULL) == SQLITE_OK) {
		struct vocabs v = { 0 };

		index_vocabs(c->app->ix, &v);
		sqlite3_bind_text(st, 1, entry_type_names[t], -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			struct stored s;

			if (store_load(c->app, t, (const char *)sqlite3_column_text(st, 0), &s) != 0)
				continue;
			csv_field(&out, s.slug, 1);
			json_array_foreach(cols, i, col) {
				json_t *val = lookup_path(json_string_value(json_object_get(col, "naam")), s.data), *item;
				struct buf cell = BUF_INIT;
				size_t j;

				if (json_is_string(val))
					buf_puts(&cell, json_string_value(val));
				else if (json_is_integer(val))
					buf_printf(&cell, "%lld", (long long)json_integer_value(val));
				else if (json_is_boolean(val))
					buf_puts(&cell, json_is_true(val) ? "ja" : "nee");
				else
					json_array_foreach(val, j, item)
						buf_printf(&cell, "%s%s", j ? ", " : "", json_string_value(item));
				csv_field(&out, buf_str(&cell), 0);
				buf_release(&cell);
			}
			csv_field(&out, s.body, 0);
			buf_puts(&out, "\r\n");
			store_release(&s);
		}
		sqlite3_finalize(st);
		vocabs_release(&v);
	}
	c->rs->type = "text/csv; charset=utf-8";
	http_header(c->rs, "Content-Disposition", t == ENTRY_VACATURE ? "attachment; filename=\"vacatures.csv\"" :
	    "attachment; filename=\"organisaties.csv\"");
	buf_reset(&c->rs->body);
	buf_add(&c->rs->body, buf_str(&out), out.len);
out:
	json_decref(cols);
	buf_release(&out);
}

static int
yes(const char *s)
{
	return s && (!strcasecmp(s, "ja") || !strcasecmp(s, "true") || !strcmp(s, "1") || !strcasecmp(s, "x") ||
	    !strcasecmp(s, "waar") || !strcasecmp(s, "yes"));
}

/* A row's cells as the fields a form would post. New. */
static json_t *
row_form(json_t *header, json_t *cells, const struct field *fields)
{
	json_t *form = json_object(), *cols = json_array(), *col;
	size_t i, j;

	columns_of(fields, "", cols);
	for (i = 0; i < json_array_size(header); i++) {
		const char *name = json_string_value(json_array_get(header, i));
		const char *cell = json_string_value(json_array_get(cells, i));
		int kind = -1;

		if (cell == NULL || !*cell)
			continue;
		/* Our own export protects formulas with a leading '; take it off. */
		if (cell[0] == '\'' && cell[1] && strchr("=+-@", cell[1]))
			cell++;
		json_array_foreach(cols, j, col)
			if (!strcmp(json_string_value(json_object_get(col, "naam")), name))
				kind = (int)json_integer_value(json_object_get(col, "kind"));
		if (kind == K_BOOL) {
			if (yes(cell))
				json_object_set_new(form, name, json_string("1"));
		} else if (kind == K_VOCABS || kind == K_ENUMS) {
			json_t *list = json_array();

			for (const char *p = cell; *p; ) {
				size_t n = strcspn(p, ",;");
				char *one = xstrndup(p, n), *s = one, *e;

				while (*s == ' ')
					s++;
				e = s + strlen(s);
				while (e > s && e[-1] == ' ')
					*--e = '\0';
				if (*s)
					json_array_append_new(list, json_string(s));
				free(one);
				p += n + (p[n] != '\0');
			}
			json_object_set_new(form, name, list);
		} else {
			json_object_set_new(form, name, json_string(cell));
		}
	}
	json_decref(cols);
	return form;
}

struct import_row {
	int line;
	char *slug, *path, rev[41];
	struct buf text;
	json_t *old;
};

/* Checks every row; good ones are kept in rows, bad ones reported. 0, or -1 for a bad file. */
static int
check_rows(struct ctx *c, enum entry_type t, const char *csv, json_t *report, struct import_row **rows, size_t *n,
	const char **file_problem)
{
	const struct field *fields = schema_fields(t);
	json_t *parsed, *header, *cols = json_array(), *row;
	struct vocabs v = { 0 };
	int line = 0;
	size_t i, j;

	*rows = NULL;
	*n = 0;
	parsed = csv_parse(csv, strlen(csv), file_problem, &line);
	if (parsed == NULL || json_array_size(parsed) < 2) {
		if (parsed)
			*file_problem = ctx_t(c, "beheer_import_leeg");
		json_decref(parsed);
		json_decref(cols);
		return -1;
	}
	header = json_object_get(json_array_get(parsed, 0), "cells");
	columns_of(fields, "", cols);
	json_array_foreach(header, i, row) {
		const char *name = json_string_value(row);
		int known = !strcmp(name, "slug") || !strcmp(name, "tekst");

		json_array_foreach(cols, j, row)
			known |= !strcmp(name, json_string_value(json_object_get(row, "naam")));
		if (!known) {
			json_array_append_new(json_object_get(report, "fout"), json_pack("{s:i, s:s++}", "regel", 1,
				"reden", ctx_t(c, "beheer_import_kolom"), " ", name));
		}
	}
	json_decref(cols);
	if (json_array_size(json_object_get(report, "fout"))) {
		json_decref(parsed);
		return 0;
	}
	index_vocabs(c->app->ix, &v);
	*rows = xcalloc(json_array_size(parsed), sizeof(**rows));
	for (i = 1; i < json_array_size(parsed); i++) {
		json_t *r = json_array_get(parsed, i), *cells = json_object_get(r, "cells");
		int ln = (int)json_integer_value(json_object_get(r, "line"));
		json_t *form = row_form(header, cells, fields), *data = editform_data(t, form);
		const char *slug_cell = NULL, *body = "";
		struct import_row *ir = &(*rows)[*n];
		struct diags d = DIAGS_INIT;
		struct stored old;
		struct entry e;
		char *slug;

		for (j = 0; j < json_array_size(header); j++) {
			if (!strcmp(json_string_value(json_array_get(header, j)), "slug"))
				slug_cell = json_string_value(json_array_get(cells, j));
			if (!strcmp(json_string_value(json_array_get(header, j)), "tekst"))
				body = json_string_value(json_array_get(cells, j)) ?: "";
		}
		slug = slug_cell && *slug_cell ? xstrdup(slug_cell) : store_slugify(store_title(data));
		memset(ir, 0, sizeof(*ir));
		ir->line = ln;
		if (!slug_valid(slug)) {
			json_array_append_new(json_object_get(report, "fout"), json_pack("{s:i, s:s}", "regel", ln,
				"reden", ctx_t(c, "beheer_fout_slug")));
			free(slug);
			json_decref(form);
			json_decref(data);
			continue;
		}
		/* A known slug updates that entry; a new one adds a file. */
		if (store_load(c->app, t, slug, &old) == 0) {
			ir->path = xstrdup(old.path);
			memcpy(ir->rev, old.rev, sizeof(ir->rev));
			ir->old = json_incref(old.data);
			store_release(&old);
		} else {
			ir->path = store_new_path(t, slug);
		}
		for (size_t k = 0; k < *n; k++)
			if (!strcmp((*rows)[k].slug, slug))
			{
				char other[24];

				snprintf(other, sizeof(other), "%d", (*rows)[k].line);
				diags_add_coded(&d, "", 0, NULL, "beheer_import_dubbel", (const char *const[]){
					"regel", other, NULL }, "same slug as line %s", other);
			}
		entry_serialize(t, data, body, &ir->text);
		if (!d.n && entry_parse(&e, &v, ir->path, buf_str(&ir->text), ir->text.len, &d) == 0) {
			json_t *ref;
			size_t k;

			json_array_foreach(e.refs, k, ref) {
				sqlite3_stmt *st = NULL;
				int found = 0;

				if (sqlite3_prepare_v2(c->app->db, "SELECT 1 FROM entries WHERE type = ? AND slug = ?", -1,
				    &st, NULL) == SQLITE_OK) {
					sqlite3_bind_text(st, 1, json_string_value(json_object_get(ref, "type")), -1, SQLITE_STATIC);
					sqlite3_bind_text(st, 2, json_string_value(json_object_get(ref, "slug")), -1, SQLITE_STATIC);
					found = sqlite3_step(st) == SQLITE_ROW;
				}
				sqlite3_finalize(st);
				if (!found)
					diags_add_coded(&d, "", 0, json_string_value(json_object_get(ref, "key")),
					    "beheer_fout_verwijzing", NULL, "unknown %s",
					    json_string_value(json_object_get(ref, "slug")));
			}
			entry_release(&e);
		}
		if (d.n) {
			struct buf why = BUF_INIT;

			/* "plaatsen: Vul een heel getal in." — the column, then what to fix. */
			for (size_t k = 0; k < d.n; k++) {
				char *msg = editform_message(&d.v[k], theme_locale(c->app->theme));

				buf_printf(&why, "%s%s%s%s", k ? "; " : "", d.v[k].key ? d.v[k].key : "",
				    d.v[k].key ? ": " : "", msg);
				free(msg);
			}
			json_array_append_new(json_object_get(report, "fout"), json_pack("{s:i, s:s}", "regel", ln,
				"reden", why.data));
			buf_release(&why);
			buf_release(&ir->text);
			free(ir->path);
			json_decref(ir->old);
			free(slug);
		} else {
			ir->slug = slug;
			json_array_append_new(json_object_get(report, "goed"), json_pack("{s:i, s:s, s:s, s:b}", "regel", ln,
				"slug", slug, "titel", store_title(data), "bestaand", ir->old != NULL));
			(*n)++;
		}
		diags_clear(&d);
		json_decref(form);
		json_decref(data);
	}
	vocabs_release(&v);
	json_decref(parsed);
	return 0;
}

static void
free_rows(struct import_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].slug);
		free(rows[i].path);
		buf_release(&rows[i].text);
		json_decref(rows[i].old);
	}
	free(rows);
}

void
page_import(struct ctx *c)
{
	const char *kind = form_get(c->rq->form, "soort");
	const char *csv = form_get(c->rq->form, "csv_tekst"), *problem = NULL;
	enum entry_type t = csv_type(kind);
	json_t *report = json_pack("{s:[], s:[]}", "goed", "fout");
	struct import_row *rows = NULL;
	size_t n = 0;
	int status = 200;

	if (is_role(c, "school")) {
		view_message(c, 403, "beheer_fout_titel", ctx_t(c, "beheer_fout_403"));
		goto out;
	}
	if (strcmp(c->rq->method, "POST")) {
		view(c, 200, "import", ctx_t(c, "beheer_nav_import"), report);
		report = NULL;
		goto out;
	}
	for (struct upload *u = c->rq->uploads; u && !csv; u = u->next)
		if (!strcmp(u->field, "csv")) {
			if (!utf8_valid(u->data, u->len))
				problem = ctx_t(c, "beheer_import_utf8");
			else
				csv = u->data;
		}
	if (t == ENTRY_NONE || (!csv && !problem))
		problem = ctx_t(c, "beheer_import_kies");
	if (!problem && check_rows(c, t, csv, report, &rows, &n, &problem) < 0 && !problem)
		problem = ctx_t(c, "beheer_import_leeg");
	if (problem) {
		json_object_set_new(report, "probleem", json_string(problem));
		view(c, 422, "import", ctx_t(c, "beheer_nav_import"), report);
		report = NULL;
		goto out;
	}
	if (form_get(c->rq->form, "bevestig") && n > 0) {
		struct change *changes = xcalloc(n, sizeof(*changes));
		char msg[200], *conflict = NULL;
		git_oid id;
		enum commit_result r;

		for (size_t i = 0; i < n; i++) {
			changes[i].path = rows[i].path;
			changes[i].data = rows[i].text.data;
			changes[i].len = rows[i].text.len;
			changes[i].expect = rows[i].old ? rows[i].rev : "";
		}
		snprintf(msg, sizeof(msg), "%s: %zu %s\n", ctx_t(c, "beheer_commit_import"), n, kind);
		r = commit_changes(c->app->repo, changes, n, json_string_value(json_object_get(c->account, "volledige_naam")),
		    json_string_value(json_object_get(c->account, "email")), msg, &id, &conflict);
		free(changes);
		free(conflict);
		if (r == COMMIT_OK || r == COMMIT_EMPTY) {
			struct diags d = DIAGS_INIT;

			if (r == COMMIT_OK)
				publish(c->app, &d, NULL, NULL);
			diags_clear(&d);
			json_object_set_new(report, "gedaan", json_integer((json_int_t)n));
		} else {
			json_object_set_new(report, "probleem", json_string(ctx_t(c, r == COMMIT_CONFLICT ?
			    "beheer_conflict_terug" : "beheer_fout_500")));
			status = r == COMMIT_CONFLICT ? 409 : 500;
		}
	} else {
		/* Nothing is applied yet: the broker sees the report and decides. */
		json_object_set_new(report, "controle", json_true());
		json_object_set_new(report, "csv_tekst", json_string(csv));
		json_object_set_new(report, "soort", json_string(kind));
		json_object_set_new(report, "aantal_goed", json_integer((json_int_t)n));
	}
	view(c, status, "import", ctx_t(c, "beheer_nav_import"), report);
	report = NULL;
out:
	free_rows(rows, n);
	json_decref(report);
}
