/*
 * The SQLite index of a content repository; see index.h.
 *
 * Tables: entries (one row per content file: checked front matter as
 * JSON, rendered body, raw bytes for attachments and templates, time of
 * the last commit that changed it), refs (which entry names which, with
 * the line, so a dangling reference is reported where it is written),
 * vacancies and facets (the columns list pages filter and sort on), and
 * meta (indexed commit, site configuration, vocabularies).
 */
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "entry.h"
#include "index.h"
#include "markdown.h"
#include "mustache.h"
#include "repo.h"
#include "util.h"

#define SCHEMA_VERSION "3"

static const char schema_sql[] =
	"PRAGMA journal_mode=WAL;"
	"PRAGMA synchronous=NORMAL;"
	/* No mmap: a build then counts only its own memory, not the pages of the index it read. */
	"PRAGMA journal_size_limit=67108864;"	/* the WAL shrinks back after a large update */
	"PRAGMA cache_size=-32768;"
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS entries("
	"  type TEXT NOT NULL, slug TEXT NOT NULL, path TEXT NOT NULL UNIQUE,"
	"  data TEXT NOT NULL, html TEXT NOT NULL, blob BLOB, updated INTEGER NOT NULL,"
	"  digest TEXT NOT NULL, PRIMARY KEY(type, slug));"
	"CREATE TABLE IF NOT EXISTS refs(path TEXT NOT NULL, line INTEGER NOT NULL,"
	"  type TEXT NOT NULL, slug TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS refs_path ON refs(path);"
	"CREATE TABLE IF NOT EXISTS vacancies(slug TEXT PRIMARY KEY, status TEXT NOT NULL,"
	"  geldig_tot TEXT NOT NULL, vrij INTEGER NOT NULL, geplaatst TEXT NOT NULL,"
	"  organisatie TEXT NOT NULL, plaats TEXT NOT NULL, gemeente TEXT NOT NULL,"
	"  sector TEXT NOT NULL);"
	/* Each list query walks one of these in order, so a build stays linear in N. */
	"CREATE INDEX IF NOT EXISTS vacancies_org ON vacancies(organisatie, geplaatst);"
	"CREATE INDEX IF NOT EXISTS vacancies_listed ON vacancies(status, geplaatst);"
	"CREATE INDEX IF NOT EXISTS vacancies_sector ON vacancies(sector, gemeente, geplaatst);"
	"CREATE INDEX IF NOT EXISTS vacancies_sector_date ON vacancies(sector, geplaatst);"
	"CREATE TABLE IF NOT EXISTS facets(facet TEXT NOT NULL, value TEXT NOT NULL,"
	"  slug TEXT NOT NULL, PRIMARY KEY(facet, value, slug)) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS facets_slug ON facets(slug);"
	/* Build state (build.c): the inputs each page was last rendered from. */
	"CREATE TABLE IF NOT EXISTS page_keys(path TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;";

enum stmt {
	S_INSERT, S_FIND_PATH, S_DELETE_PATH, S_DELETE_REFS, S_INSERT_REF,
	S_INSERT_VACANCY, S_DELETE_VACANCY, S_INSERT_FACET, S_DELETE_FACETS,
	S_OWNER_OF_SLUG, S_GET_META, S_SET_META, S_COUNT
};

static const char *const stmt_sql[S_COUNT] = {
	[S_INSERT] = "INSERT INTO entries(type, slug, path, data, html, blob, updated, digest) VALUES(?,?,?,?,?,?,?,?)",
	[S_FIND_PATH] = "SELECT type, slug FROM entries WHERE path = ?",
	[S_DELETE_PATH] = "DELETE FROM entries WHERE path = ?",
	[S_DELETE_REFS] = "DELETE FROM refs WHERE path = ?",
	[S_INSERT_REF] = "INSERT INTO refs(path, line, type, slug) VALUES(?,?,?,?)",
	[S_INSERT_VACANCY] = "INSERT INTO vacancies(slug, status, geldig_tot, vrij, geplaatst, organisatie, plaats,"
		" gemeente, sector) VALUES(?,?,?,?,?,?,?,?,?)",
	[S_DELETE_VACANCY] = "DELETE FROM vacancies WHERE slug = ?",
	[S_INSERT_FACET] = "INSERT OR IGNORE INTO facets(facet, value, slug) VALUES(?,?,?)",
	[S_DELETE_FACETS] = "DELETE FROM facets WHERE slug = ?",
	[S_OWNER_OF_SLUG] = "SELECT path FROM entries WHERE type = ? AND slug = ?",
	[S_GET_META] = "SELECT value FROM meta WHERE key = ?",
	[S_SET_META] = "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)",
};

struct index {
	sqlite3 *db;
	sqlite3_stmt *stmt[S_COUNT];
	char commit[GIT_OID_HEXSZ + 1];
	char built[GIT_OID_HEXSZ + 1];
};

static int
db_error(struct index *ix, const char *what)
{
	return error("index: %s: %s", what, sqlite3_errmsg(ix->db));
}

static int
exec(struct index *ix, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(ix->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		error("index: %s", msg ? msg : "error");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* A prepared statement, reset and ready for binding. */
static sqlite3_stmt *
stmt(struct index *ix, enum stmt which)
{
	sqlite3_stmt *s = ix->stmt[which];

	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

static void
bind_text(sqlite3_stmt *s, int i, const char *text)
{
	sqlite3_bind_text(s, i, text, -1, SQLITE_TRANSIENT);
}

static int
step_done(struct index *ix, sqlite3_stmt *s, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : db_error(ix, what);
}

/*
 * An index made by another version of the program has other columns: its
 * tables go, and the next update reloads them from the repository.
 * Accounts and sessions (accounts.c) live in their own tables and stay.
 */
static int
drop_old_schema(struct index *ix)
{
	sqlite3_stmt *s = NULL;
	int old = 0;

	if (sqlite3_prepare_v2(ix->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		old = strcmp((const char *)sqlite3_column_text(s, 0), SCHEMA_VERSION) != 0;
	sqlite3_finalize(s);
	if (!old)
		return 0;
	return exec(ix, "DROP TABLE IF EXISTS entries; DROP TABLE IF EXISTS refs;"
	    " DROP TABLE IF EXISTS vacancies; DROP TABLE IF EXISTS facets;"
	    " DROP TABLE IF EXISTS page_keys; DELETE FROM meta;");
}

struct index *
index_open(const char *path)
{
	struct index *ix = xcalloc(1, sizeof(*ix));

	if (sodium_init() < 0) {	/* for the digests; safe to call again */
		error("cannot initialise libsodium");
		goto fail;
	}
	if (sqlite3_open_v2(path, &ix->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		error("cannot open database '%s': %s", path, sqlite3_errmsg(ix->db));
		goto fail;
	}
	sqlite3_busy_timeout(ix->db, 10000);
	if (drop_old_schema(ix) < 0 || exec(ix, schema_sql) < 0)
		goto fail;
	for (int i = 0; i < S_COUNT; i++)
		if (sqlite3_prepare_v3(ix->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
		    &ix->stmt[i], NULL) != SQLITE_OK) {
			db_error(ix, stmt_sql[i]);
			goto fail;
		}
	return ix;
fail:
	index_close(ix);
	return NULL;
}

void
index_close(struct index *ix)
{
	if (ix == NULL)
		return;
	for (int i = 0; i < S_COUNT; i++)
		sqlite3_finalize(ix->stmt[i]);
	sqlite3_close(ix->db);
	free(ix);
}

sqlite3 *
index_db(struct index *ix)
{
	return ix->db;
}

/* The value of a meta key as a new string, or NULL. */
static char *
get_meta(struct index *ix, const char *key)
{
	sqlite3_stmt *s = stmt(ix, S_GET_META);
	char *value = NULL;

	bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW)
		value = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	return value;
}

static int
set_meta(struct index *ix, const char *key, const char *value)
{
	sqlite3_stmt *s = stmt(ix, S_SET_META);

	bind_text(s, 1, key);
	bind_text(s, 2, value);
	return step_done(ix, s, "cannot write meta");
}

static int
set_meta_json(struct index *ix, const char *key, json_t *value)
{
	char *text = json_dumps(value, JSON_COMPACT | JSON_ENCODE_ANY);
	int rc = set_meta(ix, key, text);

	free(text);
	return rc;
}

const char *
index_built_commit(struct index *ix)
{
	char *c = get_meta(ix, "built");

	snprintf(ix->built, sizeof(ix->built), "%s", c ? c : "");
	free(c);
	return ix->built;
}

int
index_set_built_commit(struct index *ix, const char *commit)
{
	return set_meta(ix, "built", commit);
}

char *
index_build_state(struct index *ix, const char *name)
{
	char key[64];

	snprintf(key, sizeof(key), "build_%s", name);
	return get_meta(ix, key);
}

int
index_set_build_state(struct index *ix, const char *name, const char *value)
{
	char key[64];

	snprintf(key, sizeof(key), "build_%s", name);
	return set_meta(ix, key, value);
}

int
index_digest(struct index *ix, char out[65])
{
	static const char *const tables[] = {
		"SELECT type, slug, path, data, html, hex(blob), updated FROM entries ORDER BY type, slug",
		"SELECT path, line, type, slug FROM refs ORDER BY path, line, type, slug",
		"SELECT * FROM vacancies ORDER BY slug",
		"SELECT facet, value, slug FROM facets ORDER BY facet, value, slug",
		"SELECT key, value FROM meta WHERE key NOT IN ('schema', 'built') AND key NOT LIKE 'build\\_%' ESCAPE '\\'"
		" ORDER BY key",
	};
	uint32_t h[8] = { 0 };

	/* Eight FNV-1a lanes over every row: enough to tell two indexes apart. */
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
		sqlite3_stmt *st = NULL;

		if (sqlite3_prepare_v2(ix->db, tables[t], -1, &st, NULL) != SQLITE_OK)
			return db_error(ix, "cannot read the index");
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int col = 0; col < sqlite3_column_count(st); col++) {
				const char *v = (const char *)sqlite3_column_text(st, col);
				size_t n = (size_t)sqlite3_column_bytes(st, col);
				uint32_t x = fnv1a(v ? v : "", n) ^ (uint32_t)col;

				for (int k = 0; k < 8; k++)
					h[k] = (h[k] ^ (x + (uint32_t)k * 0x9e3779b9u)) * 16777619u;
			}
			for (int k = 0; k < 8; k++)
				h[k] = (h[k] ^ 0xffu) * 16777619u;	/* row separator */
		}
		sqlite3_finalize(st);
	}
	for (int k = 0; k < 8; k++)
		snprintf(out + 8 * k, 9, "%08x", h[k]);
	return 0;
}

const char *
index_commit(struct index *ix)
{
	char *c = get_meta(ix, "commit");

	snprintf(ix->commit, sizeof(ix->commit), "%s", c ? c : "");
	free(c);
	return ix->commit;
}

static json_t *
meta_json(struct index *ix, const char *key)
{
	char *text = get_meta(ix, key);
	json_t *v = text ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;

	free(text);
	return v;
}

int
index_vocabs(struct index *ix, struct vocabs *v)
{
	const char *name;
	json_t *items;

	memset(v, 0, sizeof(*v));
	v->site = meta_json(ix, "site");
	v->lists = meta_json(ix, "vocabularies");
	v->places = meta_json(ix, "places");
	if (!v->site || !v->lists || !v->places) {
		vocabs_release(v);
		return error("the index holds no content yet; run 'stagebureau index' first");
	}
	/* The per-slug lookup is derived, so it is rebuilt rather than stored. */
	v->index = json_object();
	json_object_foreach(v->lists, name, items) {
		json_t *by_slug = json_object(), *item;
		size_t i;

		json_array_foreach(items, i, item)
			json_object_set(by_slug, json_string_value(json_object_get(item, "slug")), item);
		json_object_set_new(v->index, name, by_slug);
	}
	return 0;
}

/* Removes whatever the index holds for path. */
static int
remove_path(struct index *ix, const char *path, long *removed)
{
	sqlite3_stmt *s = stmt(ix, S_FIND_PATH);
	char *slug = NULL;
	int is_vacancy = 0, rc = 0;

	bind_text(s, 1, path);
	if (sqlite3_step(s) == SQLITE_ROW) {
		is_vacancy = !strcmp((const char *)sqlite3_column_text(s, 0), "vacature");
		slug = xstrdup((const char *)sqlite3_column_text(s, 1));
	}
	sqlite3_reset(s);
	if (slug == NULL)
		return 0;
	(*removed)++;
	s = stmt(ix, S_DELETE_PATH);
	bind_text(s, 1, path);
	rc |= step_done(ix, s, "cannot delete entry");
	s = stmt(ix, S_DELETE_REFS);
	bind_text(s, 1, path);
	rc |= step_done(ix, s, "cannot delete references");
	if (is_vacancy) {
		s = stmt(ix, S_DELETE_VACANCY);
		bind_text(s, 1, slug);
		rc |= step_done(ix, s, "cannot delete vacancy");
		s = stmt(ix, S_DELETE_FACETS);
		bind_text(s, 1, slug);
		rc |= step_done(ix, s, "cannot delete facets");
	}
	free(slug);
	return rc ? -1 : 0;
}

static int
add_ref(struct index *ix, const char *path, int line, const char *type, const char *slug)
{
	sqlite3_stmt *s = stmt(ix, S_INSERT_REF);

	bind_text(s, 1, path);
	sqlite3_bind_int(s, 2, line);
	bind_text(s, 3, type);
	bind_text(s, 4, slug);
	return step_done(ix, s, "cannot store reference");
}

static int
add_facet(struct index *ix, const char *facet, const char *value, const char *slug)
{
	sqlite3_stmt *s = stmt(ix, S_INSERT_FACET);

	bind_text(s, 1, facet);
	bind_text(s, 2, value);
	bind_text(s, 3, slug);
	return step_done(ix, s, "cannot store facet");
}

static const char *
str(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s ? s : "";
}

/* The columns and facets list pages of vacancies filter on. */
static int
add_vacancy(struct index *ix, const struct vocabs *v, const char *slug, json_t *data)
{
	static const struct { const char *facet, *key; } lists[] = {
		{ "sector", "sectoren" }, { "niveau", "niveaus" }, { "geschiktheid", "geschiktheid" },
	};
	const char *place = str(data, "plaats");
	const char *gemeente = str(vocab_place(v, place), "gemeente"), *sector;
	sqlite3_stmt *s = stmt(ix, S_INSERT_VACANCY);
	int rc = 0;

	bind_text(s, 1, slug);
	bind_text(s, 2, str(data, "status"));
	bind_text(s, 3, str(data, "geldig_tot"));
	sqlite3_bind_int64(s, 4, json_integer_value(json_object_get(data, "plaatsen")) -
	    json_integer_value(json_object_get(data, "bezet")));
	bind_text(s, 5, str(data, "geplaatst"));
	bind_text(s, 6, str(data, "organisatie"));
	bind_text(s, 7, place);
	bind_text(s, 8, gemeente);
	sector = json_string_value(json_array_get(json_object_get(data, "sectoren"), 0));
	bind_text(s, 9, sector ? sector : "");
	rc |= step_done(ix, s, "cannot store vacancy");
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		json_t *item;
		size_t j;

		json_array_foreach(json_object_get(data, lists[i].key), j, item)
			rc |= add_facet(ix, lists[i].facet, json_string_value(item), slug);
	}
	rc |= add_facet(ix, "soort", str(data, "soort"), slug);
	rc |= add_facet(ix, "plaats", place, slug);
	rc |= add_facet(ix, "gemeente", gemeente, slug);
	return rc ? -1 : 0;
}

/* Inserts an entry row; a slug taken by another file is a content error. */
static int
insert_entry(struct index *ix, enum entry_type type, const char *slug, const char *path,
	const char *data, const char *html, const void *blob, size_t blob_len, long long updated,
	struct diags *d)
{
	sqlite3_stmt *s = stmt(ix, S_INSERT);
	struct digest dg;
	char hex[DIGEST_HEX];
	int rc;

	/* Everything a page can show of the entry, so pages know when it changed. */
	digest_init(&dg);
	digest_str(&dg, entry_type_names[type]);
	digest_str(&dg, slug);
	digest_str(&dg, path);
	digest_str(&dg, data);
	digest_str(&dg, html);
	digest_int(&dg, (long long)blob_len);
	if (blob)
		digest_add(&dg, blob, blob_len);
	digest_int(&dg, updated);
	digest_hex(&dg, hex);
	bind_text(s, 1, entry_type_names[type]);
	bind_text(s, 2, slug);
	bind_text(s, 3, path);
	bind_text(s, 4, data);
	bind_text(s, 5, html);
	if (blob)
		sqlite3_bind_blob(s, 6, blob, (int)blob_len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 7, updated);
	bind_text(s, 8, hex);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc == SQLITE_CONSTRAINT) {
		sqlite3_stmt *o = stmt(ix, S_OWNER_OF_SLUG);

		bind_text(o, 1, entry_type_names[type]);
		bind_text(o, 2, slug);
		if (sqlite3_step(o) == SQLITE_ROW)
			diags_add(d, path, 0, "the %s '%s' exists already in %s; rename one of the two files",
			    entry_type_names[type], slug, (const char *)sqlite3_column_text(o, 0));
		sqlite3_reset(o);
		return 1;
	}
	return db_error(ix, "cannot store entry");
}

/* The engine's message without its "path:line: " prefix, which diags add. */
static const char *
mustache_problem(const struct mustache_error *err, const char *path)
{
	char prefix[512];
	int n = snprintf(prefix, sizeof(prefix), "%s:%d: ", path, err->line);

	if (n > 0 && !strncmp(err->msg, prefix, (size_t)n))
		return err->msg + n;
	return err->msg;
}

/* What one indexing run shares while it reads files. */
struct run {
	struct index *ix;
	const struct vocabs *v;
	struct diags *d;
	json_t *times;		/* path -> commit time, or NULL: use now */
	long long now;
	struct index_stats *st;
	struct buf src, html;
	int failed;		/* a system error: stop */
};

static int
index_file(struct run *r, struct snapshot *s, const char *path)
{
	struct index *ix = r->ix;
	enum entry_type type;
	struct entry e = { 0 };
	char *slug = NULL, *data = NULL;
	long long updated = r->now;
	json_t *ref;
	size_t i;
	int rc = 0;

	if (r->times && json_is_integer(json_object_get(r->times, path)))
		updated = json_integer_value(json_object_get(r->times, path));
	type = entry_classify(path, &slug, r->d);
	if (type == ENTRY_NONE)
		return 0;
	r->st->files++;
	buf_reset(&r->src);
	if (snapshot_read(s, path, &r->src) != 0) {
		rc = -1;
		goto out;
	}
	if (type == ENTRY_BESTAND || type == ENTRY_TEMPLATE) {
		json_t *meta = json_pack("{s:I}", "grootte", (json_int_t)r->src.len);

		data = json_dumps(meta, JSON_COMPACT);
		json_decref(meta);
		if (type == ENTRY_TEMPLATE && !utf8_valid(buf_str(&r->src), r->src.len)) {
			diags_add(r->d, path, 0, "a template must be UTF-8 text");
			goto out;
		}
		if (type == ENTRY_TEMPLATE) {
			struct mustache_error err = { 0 };
			struct mustache *m = mustache_compile(path, buf_str(&r->src), r->src.len, &err);

			if (m == NULL) {
				diags_add(r->d, path, err.line, "%s", mustache_problem(&err, path));
				goto out;
			}
			mustache_free(m);
		}
		rc = insert_entry(ix, type, slug, path, data, "", buf_str(&r->src), r->src.len,
		    updated, r->d);
		goto out;
	}
	if (entry_parse(&e, r->v, path, buf_str(&r->src), r->src.len, r->d) < 0)
		goto out;
	buf_reset(&r->html);
	markdown_render(e.body, strlen(e.body), &r->html);
	data = json_dumps(e.data, JSON_COMPACT | JSON_SORT_KEYS);
	rc = insert_entry(ix, type, e.slug, path, data, buf_str(&r->html), NULL, 0, updated, r->d);
	if (rc != 0)
		goto out;
	json_array_foreach(e.refs, i, ref)
		rc |= add_ref(ix, path, (int)json_integer_value(json_object_get(ref, "line")),
		    str(ref, "type"), str(ref, "slug"));
	if (type == ENTRY_HOOFDSTUK) {
		char *book = xstrndup(e.slug, strcspn(e.slug, "/"));

		rc |= add_ref(ix, path, 0, "handboek", book);
		free(book);
	}
	if (type == ENTRY_VACATURE)
		rc |= add_vacancy(ix, r->v, e.slug, e.data);
out:
	if (rc < 0)
		r->failed = 1;
	free(slug);
	free(data);
	entry_release(&e);
	return rc < 0 ? -1 : 0;
}

static int
walk_cb(void *arg, struct snapshot *s, const char *path)
{
	return index_file(arg, s, path);
}

/* Reports every reference to an entry that does not exist. */
static int
check_refs(struct index *ix, struct diags *d)
{
	static const char sql[] =
		"SELECT r.path, r.line, r.type, r.slug FROM refs r WHERE NOT EXISTS"
		" (SELECT 1 FROM entries e WHERE e.type = r.type AND e.slug = r.slug)";
	sqlite3_stmt *s = NULL;
	int n = 0;

	if (sqlite3_prepare_v2(ix->db, sql, -1, &s, NULL) != SQLITE_OK)
		return db_error(ix, "cannot check references");
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(s, 2);
		const char *slug = (const char *)sqlite3_column_text(s, 3);

		if (!strcmp(type, "bestand"))
			diags_add(d, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int(s, 1),
			    "attachment 'materialen/%s' is missing; add the file or remove it from 'bestanden'", slug);
		else if (!strcmp(type, "handboek"))
			diags_add(d, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int(s, 1),
			    "this chapter's handbook has no index.md; add handboeken/%s/index.md", slug);
		else
			diags_add(d, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int(s, 1),
			    "unknown %s '%s'; no file %s.md exists (check the spelling)", type, slug, slug);
		n++;
	}
	sqlite3_finalize(s);
	return n;
}

static int
store_vocabs(struct index *ix, const struct vocabs *v)
{
	if (set_meta_json(ix, "site", v->site) < 0 ||
	    set_meta_json(ix, "vocabularies", v->lists) < 0 ||
	    set_meta_json(ix, "places", v->places) < 0 ||
	    set_meta(ix, "schema", SCHEMA_VERSION) < 0)
		return -1;
	return 0;
}

static int
clear_all(struct index *ix)
{
	return exec(ix, "DELETE FROM entries; DELETE FROM refs; DELETE FROM vacancies;"
	    " DELETE FROM facets; DELETE FROM meta;");
}

/*
 * Reads a whole snapshot into the index inside the caller's transaction.
 * 0, 1 for content errors, -1 for system errors.
 */
static int
load_all(struct index *ix, struct snapshot *s, json_t *times, long long now,
	struct diags *d, struct index_stats *st)
{
	struct run r = { .ix = ix, .d = d, .times = times, .now = now, .st = st };
	struct vocabs v = { 0 };
	size_t before = d->n;
	int rc = -1;

	st->full = 1;
	if (clear_all(ix) < 0)
		goto out;
	if (vocabs_load(&v, s, d) < 0) {
		rc = 1;
		goto out;
	}
	r.v = &v;
	if (store_vocabs(ix, &v) < 0)
		goto out;
	snapshot_walk(s, "", walk_cb, &r);
	if (r.failed)
		goto out;
	if (check_refs(ix, d) < 0)
		goto out;
	rc = d->n > before ? 1 : 0;
out:
	buf_release(&r.src);
	buf_release(&r.html);
	vocabs_release(&v);
	return rc;
}

int
index_load_snapshot(struct index *ix, struct snapshot *s, struct diags *d, struct index_stats *st)
{
	int rc;

	memset(st, 0, sizeof(*st));
	if (exec(ix, "BEGIN IMMEDIATE") < 0)
		return -1;
	rc = load_all(ix, s, NULL, 0, d, st);
	if (rc == 0 && snapshot_commit(s)) {
		git_oid_tostr(st->commit, sizeof(st->commit), snapshot_commit(s));
		rc = set_meta(ix, "commit", st->commit);
	}
	if (exec(ix, rc == 0 ? "COMMIT" : "ROLLBACK") < 0)
		return -1;
	return rc;
}

static int
touches_vocabs(json_t *changes)
{
	json_t *c;
	size_t i;

	json_array_foreach(changes, i, c) {
		const char *p = str(c, "path");

		if (!strcmp(p, "site.yaml") || !strncmp(p, "vocabularies/", 13))
			return 1;
	}
	return 0;
}

/*
 * Applies only the changed paths, in the caller's transaction. Each gets
 * the time of the commit that last changed it (not simply HEAD's), so an
 * index caught up over several commits equals one built from scratch.
 */
static int
load_changes(struct index *ix, git_repository *repo, struct snapshot *s, json_t *changes, long long now,
	struct diags *d, struct index_stats *st)
{
	struct run r = { .ix = ix, .d = d, .now = now, .st = st };
	json_t *times = json_object();
	struct vocabs v = { 0 };
	size_t before = d->n, i;
	json_t *c;
	int rc = -1;

	if (index_vocabs(ix, &v) < 0)
		goto out;
	r.v = &v;
	json_array_foreach(changes, i, c)
		if (!json_is_true(json_object_get(c, "deleted")))
			json_object_set_new(times, str(c, "path"), json_null());
	if (repo_last_changed(repo, snapshot_commit(s), times) < 0)
		goto out;
	r.times = times;
	json_array_foreach(changes, i, c)
		if (remove_path(ix, str(c, "path"), &st->removed) < 0)
			goto out;
	json_array_foreach(changes, i, c) {
		if (json_is_true(json_object_get(c, "deleted")))
			continue;
		if (index_file(&r, s, str(c, "path")) < 0 && r.failed)
			goto out;
	}
	if (check_refs(ix, d) < 0)
		goto out;
	rc = d->n > before ? 1 : 0;
out:
	json_decref(times);
	buf_release(&r.src);
	buf_release(&r.html);
	vocabs_release(&v);
	return rc;
}

/* Every path of a snapshot, as the keys of an object with null values. */
static int
collect_path(void *arg, struct snapshot *s, const char *path)
{
	(void)s;
	json_object_set_new(arg, path, json_null());
	return 0;
}

/* A rewritten history can drop the commit the index reflects. */
static int
commit_exists(git_repository *repo, const git_oid *id)
{
	git_commit *c = NULL;
	int ok = git_commit_lookup(&c, repo, id) == 0;

	git_commit_free(c);
	return ok;
}

int
index_update(struct index *ix, git_repository *repo, int full, struct diags *d,
	struct index_stats *st)
{
	struct snapshot *s = NULL;
	json_t *changes = NULL, *times = NULL;
	git_oid head, old;
	char *schema = NULL;
	long long now;
	int rc = -1, has_old;

	memset(st, 0, sizeof(*st));
	rc = repo_head(repo, &head);
	if (rc == 1)
		return error("the content repository has no commit yet");
	if (rc < 0)
		return -1;
	rc = -1;
	if (exec(ix, "BEGIN IMMEDIATE") < 0)
		return -1;
	git_oid_tostr(st->commit, sizeof(st->commit), &head);
	schema = get_meta(ix, "schema");
	has_old = git_oid_fromstr(&old, index_commit(ix)) == 0 && schema &&
	    !strcmp(schema, SCHEMA_VERSION) && commit_exists(repo, &old);
	if (has_old && !full && git_oid_equal(&old, &head)) {
		rc = 0;
		goto out;
	}
	s = snapshot_git(repo, &head);
	now = repo_commit_time(repo, &head);
	if (s == NULL || now < 0)
		goto out;
	if (has_old && !full) {
		changes = repo_changed_paths(repo, &old, &head);
		if (changes == NULL)
			goto out;
		full = touches_vocabs(changes);
	}
	if (!has_old || full) {
		times = json_object();
		snapshot_walk(s, "", collect_path, times);
		if (repo_last_changed(repo, &head, times) < 0)
			goto out;
		rc = load_all(ix, s, times, now, d, st);
	} else {
		rc = load_changes(ix, repo, s, changes, now, d, st);
	}
	if (rc == 0)
		rc = set_meta(ix, "commit", st->commit);
out:
	if (exec(ix, rc == 0 ? "COMMIT" : "ROLLBACK") < 0)
		rc = -1;
	free(schema);
	json_decref(changes);
	json_decref(times);
	snapshot_free(s);
	return rc;
}
