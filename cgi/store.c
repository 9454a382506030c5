/*
 * Loading and saving entries for the admin; see store.h.
 */
#include <stdlib.h>
#include <string.h>

#include "editform.h"
#include "schema.h"
#include "store.h"
#include "util.h"

int
store_load(struct admin *app, enum entry_type type, const char *slug, struct stored *s)
{
	sqlite3_stmt *st = NULL;
	struct buf text = BUF_INIT;
	struct diags d = DIAGS_INIT;
	struct vocabs v = { 0 };
	struct entry e;
	int rc = 1;

	memset(s, 0, sizeof(*s));
	if (sqlite3_prepare_v2(app->db, "SELECT path FROM entries WHERE type = ? AND slug = ?", -1, &st, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(app->db));
	sqlite3_bind_text(st, 1, entry_type_names[type], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, slug, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		s->path = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (s->path == NULL)
		return 1;
	/* The revision comes from the repository itself: the base of any edit. */
	if (commit_read_head(app->repo, s->path, s->rev, &text) != 0)
		goto out;
	if (index_vocabs(app->ix, &v) < 0) {
		rc = -1;
		goto out;
	}
	if (entry_parse(&e, &v, s->path, buf_str(&text), text.len, &d) < 0) {
		diags_print(&d, stderr);
		rc = -1;
		goto out;
	}
	s->type = type;
	s->slug = xstrdup(slug);
	s->data = json_incref(e.data);
	s->body = xstrdup(e.body);
	entry_release(&e);
	rc = 0;
out:
	if (rc != 0) {
		free(s->path);
		s->path = NULL;
	}
	vocabs_release(&v);
	diags_clear(&d);
	buf_release(&text);
	return rc;
}

void
store_release(struct stored *s)
{
	free(s->slug);
	free(s->path);
	json_decref(s->data);
	free(s->body);
	memset(s, 0, sizeof(*s));
}

char *
store_new_path(enum entry_type type, const char *slug)
{
	struct buf p = BUF_INIT;
	char shard[4];

	switch (type) {
	case ENTRY_VACATURE:
	case ENTRY_ORGANISATIE:
		entry_shard(slug, shard);
		buf_printf(&p, "%s/%s/%s.md", type == ENTRY_VACATURE ? "vacatures" : "organisaties", shard, slug);
		break;
	case ENTRY_EVENEMENT: buf_printf(&p, "evenementen/%s.md", slug); break;
	case ENTRY_MATERIAAL: buf_printf(&p, "materialen/%s.md", slug); break;
	case ENTRY_HANDBOEK: buf_printf(&p, "handboeken/%s/index.md", slug); break;
	case ENTRY_HOOFDSTUK: buf_printf(&p, "handboeken/%s.md", slug); break;	/* slug is boek/hoofdstuk */
	case ENTRY_TIP: buf_printf(&p, "tips/%s.md", slug); break;
	case ENTRY_PAGINA: buf_printf(&p, "paginas/%s.md", slug); break;
	default: break;
	}
	return buf_detach(&p);
}

char *
store_public_path(enum entry_type type, const char *slug)
{
	struct buf p = BUF_INIT;

	switch (type) {
	case ENTRY_VACATURE: buf_printf(&p, "/vacatures/%s/", slug); break;
	case ENTRY_ORGANISATIE: buf_printf(&p, "/organisaties/%s/", slug); break;
	case ENTRY_EVENEMENT: buf_printf(&p, "/evenementen/%s/", slug); break;
	case ENTRY_MATERIAAL: buf_printf(&p, "/materialen/%s/", slug); break;
	case ENTRY_HANDBOEK:
	case ENTRY_HOOFDSTUK: buf_printf(&p, "/handboeken/%s/", slug); break;
	case ENTRY_TIP: buf_printf(&p, "/tips/%s/", slug); break;
	case ENTRY_PAGINA: buf_printf(&p, "/%s/", slug); break;
	default: buf_puts(&p, "/");
	}
	return buf_detach(&p);
}

char *
store_slugify(const char *title)
{
	/* Latin-1 supplement letters, folded: à..ÿ as in Dutch names. */
	static const char fold[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyby";
	struct buf b = BUF_INIT;
	int dash = 0;

	for (const unsigned char *p = (const unsigned char *)title; *p && b.len < 60; p++) {
		int c = *p;

		if (c == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {	/* U+00C0..U+00FF */
			c = fold[(p[1] & 0x3f) % 32];
			p++;
			if (c == '/')
				c = '-';
		} else if (c >= 'A' && c <= 'Z') {
			c += 32;
		} else if (c >= 0x80) {
			continue;	/* other non-ASCII letters are dropped */
		}
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b.len)
				buf_putc(&b, '-');
			buf_putc(&b, c);
			dash = 0;
		} else {
			dash = 1;
		}
	}
	if (b.len == 0)
		buf_puts(&b, "zonder-titel");
	return buf_detach(&b);
}

const char *
store_title(json_t *data)
{
	const char *t = json_string_value(json_object_get(data, "titel"));

	if (t == NULL)
		t = json_string_value(json_object_get(data, "naam"));
	return t ? t : "";
}

int
store_may_edit(struct ctx *c, enum entry_type type, json_t *data)
{
	const char *org, *owner;

	if (!is_role(c, "school"))
		return 1;
	if (type != ENTRY_MATERIAAL)
		return 0;
	org = json_string_value(json_object_get(c->account, "organisatie"));
	owner = data ? json_string_value(json_object_get(data, "eigenaar")) : org;
	return org && owner && !strcmp(org, owner);
}

/* Short text of a value for a commit message. */
static void
value_text(struct buf *out, json_t *v)
{
	json_t *item;
	size_t i;

	if (v == NULL || json_is_null(v))
		buf_puts(out, "–");
	else if (json_is_string(v))
		buf_printf(out, "%.60s", json_string_value(v));
	else if (json_is_integer(v))
		buf_printf(out, "%lld", (long long)json_integer_value(v));
	else if (json_is_boolean(v))
		buf_puts(out, json_is_true(v) ? "ja" : "nee");
	else if (json_is_array(v)) {
		json_array_foreach(v, i, item) {
			if (!json_is_string(item)) {
				buf_printf(out, "%zu items", json_array_size(v));
				return;
			}
			buf_printf(out, "%s%s", i ? ", " : "", json_string_value(item));
		}
	} else
		buf_puts(out, "…");
}

char *
store_message(struct ctx *c, enum entry_type type, json_t *old, json_t *data, int body_changed)
{
	const struct field *fields = schema_fields(type);
	struct buf msg = BUF_INIT, changed = BUF_INIT;
	char kind_key[40];
	const char *kind;
	int n = 0;

	snprintf(kind_key, sizeof(kind_key), "beheer_soort_%s", entry_type_names[type]);
	kind = ctx_t(c, kind_key);
	if (old == NULL) {
		buf_printf(&msg, "%s '%s' %s", kind, store_title(data), ctx_t(c, "beheer_commit_nieuw"));
	} else if (data == NULL) {
		buf_printf(&msg, "%s '%s' %s", kind, store_title(old), ctx_t(c, "beheer_commit_weg"));
	} else {
		const struct field *only = NULL;

		for (const struct field *f = fields; f && f->key; f++) {
			if (json_equal(json_object_get(old, f->key), json_object_get(data, f->key)) ||
			    (!json_object_get(old, f->key) && !json_object_get(data, f->key)))
				continue;
			buf_printf(&changed, "%s%s", n++ ? ", " : "", f->key);
			only = f;
		}
		if (body_changed)
			buf_printf(&changed, "%s%s", n++ ? ", " : "", ctx_t(c, "beheer_commit_tekst"));
		buf_printf(&msg, "%s '%s': ", kind, store_title(data));
		if (n == 1 && only && !body_changed && only->kind != K_OBJECT && only->kind != K_OBJECTS) {
			/* The common case reads like a sentence: "status open → vol". */
			buf_printf(&msg, "%s ", only->key);
			value_text(&msg, json_object_get(old, only->key));
			buf_puts(&msg, " → ");
			value_text(&msg, json_object_get(data, only->key));
		} else {
			buf_printf(&msg, "%s %s", buf_str(&changed), ctx_t(c, "beheer_commit_gewijzigd"));
		}
	}
	buf_putc(&msg, '\n');
	buf_release(&changed);
	return buf_detach(&msg);
}

/* Every reference of a new record must exist in the index (or come with this commit). */
static int
check_refs(struct ctx *c, struct entry *e, struct save *sv, json_t *errors)
{
	sqlite3_stmt *st = NULL;
	json_t *ref;
	size_t i;
	int ok = 1;

	if (sqlite3_prepare_v2(c->app->db, "SELECT 1 FROM entries WHERE type = ? AND slug = ?", -1, &st, NULL) != SQLITE_OK)
		return -1;
	json_array_foreach(e->refs, i, ref) {
		const char *type = json_string_value(json_object_get(ref, "type"));
		const char *slug = json_string_value(json_object_get(ref, "slug"));
		int found = 0;

		for (size_t k = 0; k < sv->nextra && !found; k++) {
			const char *p = sv->extra[k].path;

			found = sv->extra[k].data && !strcmp(type, "bestand") && !strncmp(p, "materialen/", 11) &&
			    !strcmp(p + 11, slug);
		}
		if (!found) {
			sqlite3_reset(st);
			sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, slug, -1, SQLITE_STATIC);
			found = sqlite3_step(st) == SQLITE_ROW;
		}
		if (!found) {
			const char *key = json_string_value(json_object_get(ref, "key"));

			json_object_set_new(errors, key ? key : "", json_string(ctx_t(c, "beheer_fout_verwijzing")));
			ok = 0;
		}
	}
	sqlite3_finalize(st);
	return ok ? 0 : 1;
}

enum save_result
store_save(struct ctx *c, struct save *sv, json_t **errors, double *seconds, char commit_hex[41])
{
	struct buf text = BUF_INIT;
	struct diags d = DIAGS_INIT;
	struct vocabs v = { 0 };
	struct change *changes = NULL;
	struct entry e = { 0 };
	char *message = NULL, *conflict = NULL;
	const char *author = json_string_value(json_object_get(c->account, "volledige_naam"));
	const char *email = json_string_value(json_object_get(c->account, "email"));
	enum save_result rc = SAVE_ERROR;
	enum commit_result cr;
	git_oid id;

	*errors = json_object();
	if (index_vocabs(c->app->ix, &v) < 0)
		goto out;
	if (sv->data) {
		if (entry_serialize(sv->type, sv->data, sv->body, &text) < 0)
			goto out;
		/* The very check the generator makes, on the very bytes that will be committed. */
		if (entry_parse(&e, &v, sv->path, buf_str(&text), text.len, &d) < 0) {
			json_decref(*errors);
			*errors = editform_errors(&d, theme_locale(c->app->theme));
			rc = SAVE_INVALID;
			goto out;
		}
		if (check_refs(c, &e, sv, *errors) != 0) {
			rc = SAVE_INVALID;
			goto out;
		}
	}
	changes = xcalloc(sv->nextra + 1, sizeof(*changes));
	changes[0].path = sv->path;
	changes[0].data = sv->data ? text.data : NULL;
	changes[0].len = text.len;
	changes[0].expect = sv->expect;
	if (sv->nextra)
		memcpy(changes + 1, sv->extra, sv->nextra * sizeof(*changes));
	message = sv->message ? xstrdup(sv->message) :
	    store_message(c, sv->type, sv->old, sv->data ? e.data : NULL,
		!sv->old_body || !sv->body || strcmp(sv->old_body, sv->body));
	cr = commit_changes(c->app->repo, changes, sv->nextra + 1, author ? author : "?", email ? email : "?",
	    message, &id, &conflict);
	if (cr == COMMIT_CONFLICT) {
		rc = SAVE_CONFLICT;
		goto out;
	}
	if (cr == COMMIT_EMPTY) {
		rc = SAVE_UNCHANGED;
		goto out;
	}
	if (cr != COMMIT_OK)
		goto out;
	git_oid_tostr(commit_hex, 41, &id);
	/* The commit is made: whatever happens now, the index catches up later. */
	if (publish(c->app, &d, seconds, sv->type == ENTRY_VACATURE && sv->data ? sv->slug : NULL) != 0)
		diags_print(&d, stderr);
	rc = SAVE_OK;
out:
	free(conflict);
	free(message);
	free(changes);
	entry_release(&e);
	vocabs_release(&v);
	diags_clear(&d);
	buf_release(&text);
	return rc;
}
