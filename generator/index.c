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
#define _GNU_SOURCE 1	/* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "digest.h"
#include "entry.h"
#include "index.h"
#include "markdown.h"
#include "mustache.h"
#include "repo.h"
#include "util.h"

#define SCHEMA_VERSION "3"
#define INDEX_MAX_WORKERS 4
/* How long a connection waits for another's write lock. */
#define BUSY_MS 10000
/*
 * Files go to the parsing processes in runs of this many, and each pipe
 * holds about a megabyte (a few hundred records): while this process
 * stores one process's run, the others parse ahead instead of waiting.
 */
#define INDEX_RUN 64
#define INDEX_PIPE (1 << 20)

/* An entry's title for lists: a vacancy's, event's... titel, an organisation's naam. */
#define LISTING_TITLE(data) "coalesce(json_extract(" data ", '$.titel'), json_extract(" data ", '$.naam'), '')"

static const char schema_sql[] =
	/*
	 * New databases only (a page size is fixed once the file exists): a
	 * vacancy's row, its front matter and HTML, is some 2 KB, so pages of
	 * 4 KB held one row each and left a third of the entries table empty.
	 */
	"PRAGMA page_size=8192;"
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
	"CREATE TABLE IF NOT EXISTS vacancies(slug TEXT PRIMARY KEY, status TEXT NOT NULL,"
	"  geldig_tot TEXT NOT NULL, vrij INTEGER NOT NULL, geplaatst TEXT NOT NULL,"
	"  organisatie TEXT NOT NULL, plaats TEXT NOT NULL, gemeente TEXT NOT NULL,"
	"  sector TEXT NOT NULL, digest TEXT NOT NULL DEFAULT '', updated INTEGER NOT NULL DEFAULT 0);"
	/* Its key is an index (facets_key below), so that a load of everything can make it by one sort. */
	"CREATE TABLE IF NOT EXISTS facets(facet TEXT NOT NULL, value TEXT NOT NULL, slug TEXT NOT NULL);"
	/* Build state (build.c): the inputs each page was last rendered from. */
	"CREATE TABLE IF NOT EXISTS page_keys(path TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;"
	/*
	 * What the admin's lists sort and filter on, one narrow row per entry:
	 * at 100,000 vacancies a list that read every entry's JSON took over a
	 * second. Triggers keep it, so no writer of entries can forget it.
	 */
	"CREATE TABLE IF NOT EXISTS listing(type TEXT NOT NULL, slug TEXT NOT NULL, title TEXT NOT NULL,"
	"  status TEXT, owner TEXT, verified TEXT, PRIMARY KEY(type, slug)) WITHOUT ROWID;"
	"CREATE TRIGGER IF NOT EXISTS listing_add AFTER INSERT ON entries BEGIN"
	"  INSERT INTO listing(type, slug, title, status, owner, verified) VALUES(new.type,"
	"   new.slug, " LISTING_TITLE("new.data") ", json_extract(new.data, '$.status'),"
	"   json_extract(new.data, '$.eigenaar'), json_extract(new.data, '$.geverifieerd'));"
	" END;"
	"CREATE TRIGGER IF NOT EXISTS listing_remove AFTER DELETE ON entries BEGIN"
	"  DELETE FROM listing WHERE type = old.type AND slug = old.slug;"
	" END;";

/*
 * The secondary indexes. A load of the whole repository drops them and
 * makes them again at its end (bulk_begin, bulk_end): one sort each, where
 * keeping them up to date row by row inserts at random places in trees
 * far larger than the page cache at 100,000 vacancies.
 */
static const char index_sql[] =
	"CREATE INDEX IF NOT EXISTS refs_path ON refs(path);"
	/* The newest change (build.c) without reading every entry: a build that does nothing needs it. */
	"CREATE INDEX IF NOT EXISTS entries_updated ON entries(updated);"
	/* Each list query walks one of these in order, so a build stays linear in N. */
	"CREATE INDEX IF NOT EXISTS vacancies_org ON vacancies(organisatie, geplaatst);"
	"CREATE INDEX IF NOT EXISTS vacancies_listed ON vacancies(status, geplaatst);"
	"CREATE INDEX IF NOT EXISTS vacancies_sector ON vacancies(sector, gemeente, geplaatst);"
	"CREATE INDEX IF NOT EXISTS vacancies_sector_date ON vacancies(sector, geplaatst);"
	"CREATE UNIQUE INDEX IF NOT EXISTS facets_key ON facets(facet, value, slug);"
	/* Covering, as it was when facets had no rowid: the counts of every list walk it. */
	"CREATE INDEX IF NOT EXISTS facets_slug ON facets(slug, facet, value);"
	/* The admin's dashboard: open vacancies that expire soon, in date order. */
	"CREATE INDEX IF NOT EXISTS vacancies_expiry ON vacancies(status, geldig_tot, slug);"
	/* The admin's lists: in title order, filtered and counted from the index alone. */
	"CREATE INDEX IF NOT EXISTS listing_order ON listing(type, title COLLATE NOCASE, slug, status, owner);"
	"CREATE INDEX IF NOT EXISTS listing_verified ON listing(type, verified);";
static const char drop_index_sql[] =
	"DROP INDEX IF EXISTS refs_path; DROP INDEX IF EXISTS entries_updated; DROP INDEX IF EXISTS vacancies_org;"
	" DROP INDEX IF EXISTS vacancies_listed; DROP INDEX IF EXISTS vacancies_sector;"
	" DROP INDEX IF EXISTS vacancies_sector_date; DROP INDEX IF EXISTS facets_key;"
	" DROP INDEX IF EXISTS facets_slug; DROP INDEX IF EXISTS listing_order;"
	" DROP INDEX IF EXISTS listing_verified; DROP INDEX IF EXISTS vacancies_expiry;";

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
		" gemeente, sector, digest, updated) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
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
	int bulk;		/* a whole repository loads, its secondary indexes dropped */
	int jobs;		/* processes for a load of everything; 0: one per core */
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
	    " DROP TABLE IF EXISTS vacancies; DROP TABLE IF EXISTS facets; DROP TABLE IF EXISTS listing;"
	    " DROP TABLE IF EXISTS page_keys; DELETE FROM meta;");
}

/*
 * The entry's digest and time beside each vacancy's list columns (schema
 * 3 had them in entries only), so that list pages find their keys without
 * reading every vacancy's whole entry. An older index gets the columns
 * filled in place, once, rather than a reload from the repository.
 */
static int
add_vacancy_keys(struct index *ix)
{
	sqlite3_stmt *s = NULL;
	int found = 0;

	if (sqlite3_prepare_v2(ix->db, "SELECT 1 FROM pragma_table_info('vacancies') WHERE name = 'digest'", -1,
	    &s, NULL) != SQLITE_OK)
		return db_error(ix, "cannot read the schema");
	found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	if (found)
		return 0;
	return exec(ix, "BEGIN IMMEDIATE;"
	    " ALTER TABLE vacancies ADD COLUMN digest TEXT NOT NULL DEFAULT '';"
	    " ALTER TABLE vacancies ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;"
	    " UPDATE vacancies SET (digest, updated) = (SELECT e.digest, e.updated FROM entries e"
	    "   WHERE e.type = 'vacature' AND e.slug = vacancies.slug);"
	    " COMMIT;");
}

/*
 * Schema 3 made facets a table without rowid, its key the tree itself; a
 * load of everything then inserted every row into it at a random place
 * (or, sorted, still seeking for each). Now it is a plain table with that
 * key as an index. An older index is converted in place, once.
 */
static int
facets_with_key_index(struct index *ix)
{
	sqlite3_stmt *s = NULL;
	int old;

	if (sqlite3_prepare_v2(ix->db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'facets'"
	    " AND sql LIKE '%WITHOUT ROWID%'", -1, &s, NULL) != SQLITE_OK)
		return db_error(ix, "cannot read the schema");
	old = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	if (!old)
		return 0;
	return exec(ix, "BEGIN IMMEDIATE;"
	    " CREATE TABLE facets_new(facet TEXT NOT NULL, value TEXT NOT NULL, slug TEXT NOT NULL);"
	    " INSERT INTO facets_new(facet, value, slug) SELECT facet, value, slug FROM facets;"
	    " DROP TABLE facets;"
	    " ALTER TABLE facets_new RENAME TO facets;"
	    " COMMIT;");
}

/*
 * The admin's listing came after schema 3: an index without it gets it
 * filled from the entries in place, once (schema_sql has just made the
 * table and its triggers).
 */
static int
fill_listing(struct index *ix)
{
	sqlite3_stmt *s = NULL;
	int empty;

	if (sqlite3_prepare_v2(ix->db, "SELECT NOT EXISTS (SELECT 1 FROM listing) AND EXISTS (SELECT 1 FROM entries)",
	    -1, &s, NULL) != SQLITE_OK)
		return db_error(ix, "cannot read the schema");
	empty = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (!empty)
		return 0;
	/* In a write transaction that looks again: two processes opening at once fill it once. */
	return exec(ix, "BEGIN IMMEDIATE;"
	    " INSERT INTO listing(type, slug, title, status, owner, verified)"
	    " SELECT type, slug, " LISTING_TITLE("data") ", json_extract(data, '$.status'),"
	    " json_extract(data, '$.eigenaar'), json_extract(data, '$.geverifieerd') FROM entries"
	    " WHERE NOT EXISTS (SELECT 1 FROM listing);"
	    " COMMIT;");
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
	sqlite3_busy_timeout(ix->db, BUSY_MS);
	if (drop_old_schema(ix) < 0 || exec(ix, schema_sql) < 0 || add_vacancy_keys(ix) < 0 ||
	    facets_with_key_index(ix) < 0 || fill_listing(ix) < 0 || exec(ix, index_sql) < 0)
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

void
index_set_jobs(struct index *ix, int jobs)
{
	ix->jobs = jobs;
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

int
index_swap_build_state(struct index *ix, const char *name, const char *expect, const char *value)
{
	sqlite3_stmt *s = NULL;
	char key[64];
	int rc;

	snprintf(key, sizeof(key), "build_%s", name);
	if (sqlite3_prepare_v2(ix->db, "UPDATE meta SET value = ?1 WHERE key = ?2 AND value = ?3", -1, &s,
	    NULL) != SQLITE_OK)
		return db_error(ix, "cannot write meta");
	bind_text(s, 1, value);
	bind_text(s, 2, key);
	bind_text(s, 3, expect);
	rc = sqlite3_step(s) == SQLITE_DONE ? 0 : db_error(ix, "cannot write meta");
	sqlite3_finalize(s);
	return rc;
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

/*
 * What one file puts into the index, as a row record: prepare_file()
 * makes it from the file (reading, parsing, rendering, digesting: the
 * costly part), store_file() writes it to the tables. A record is a
 * sequence of fields, each an 8-byte integer or a 4-byte length and
 * bytes, so that a parsing process can send it down a pipe as it is:
 *
 *   type, slug, data, html, blob?, blob, updated, digest,
 *   number of refs, then line, type, slug of each,
 *   vacancy?, then status, geldig_tot, vrij, geplaatst, organisatie,
 *   plaats, gemeente, sector, number of facets, then facet, value of each.
 */
static void
put_int(struct buf *b, long long v)
{
	int64_t x = v;

	buf_add(b, &x, sizeof(x));
}

static void
put_bytes(struct buf *b, const void *p, size_t n)
{
	uint32_t len = (uint32_t)n;

	buf_add(b, &len, sizeof(len));
	buf_add(b, p, n);
}

static void
put_str(struct buf *b, const char *s)
{
	put_bytes(b, s ? s : "", s ? strlen(s) : 0);
}

/* Reads a record; a short one sets bad and gives zeros and empty strings. */
struct record {
	const char *p, *end;
	int bad;
};

static long long
get_int(struct record *rd)
{
	int64_t x = 0;

	if ((size_t)(rd->end - rd->p) < sizeof(x)) {
		rd->bad = 1;
		return 0;
	}
	memcpy(&x, rd->p, sizeof(x));
	rd->p += sizeof(x);
	return x;
}

static const char *
get_bytes(struct record *rd, int *len)
{
	uint32_t n = 0;
	const char *s;

	if ((size_t)(rd->end - rd->p) < sizeof(n) ||
	    (memcpy(&n, rd->p, sizeof(n)), (size_t)(rd->end - rd->p - sizeof(n)) < n) || n > INT_MAX) {
		rd->bad = 1;
		*len = 0;
		return "";
	}
	s = rd->p + sizeof(n);
	rd->p = s + n;
	*len = (int)n;
	return s;
}

static const char *
str(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s ? s : "";
}

/* The columns and facets list pages of vacancies filter on, into the record. */
static void
put_vacancy(struct buf *row, const struct vocabs *v, json_t *data)
{
	static const struct { const char *facet, *key; } lists[] = {
		{ "sector", "sectoren" }, { "niveau", "niveaus" }, { "geschiktheid", "geschiktheid" },
	};
	const char *place = str(data, "plaats");
	const char *gemeente = str(vocab_place(v, place), "gemeente");
	const char *sector = json_string_value(json_array_get(json_object_get(data, "sectoren"), 0));
	size_t at, n = 3;

	put_str(row, str(data, "status"));
	put_str(row, str(data, "geldig_tot"));
	put_int(row, json_integer_value(json_object_get(data, "plaatsen")) -
	    json_integer_value(json_object_get(data, "bezet")));
	put_str(row, str(data, "geplaatst"));
	put_str(row, str(data, "organisatie"));
	put_str(row, place);
	put_str(row, gemeente);
	put_str(row, sector);
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		n += json_array_size(json_object_get(data, lists[i].key));
	at = row->len;
	put_int(row, (long long)n);
	n = 0;
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		json_t *item;
		size_t j;

		json_array_foreach(json_object_get(data, lists[i].key), j, item) {
			size_t k = 0;

			while (k < j && !json_equal(json_array_get(json_object_get(data, lists[i].key), k), item))
				k++;
			if (json_is_string(item) && k == j) {	/* each value once */
				put_str(row, lists[i].facet);
				put_str(row, json_string_value(item));
				n++;
			}
		}
	}
	put_str(row, "soort");
	put_str(row, str(data, "soort"));
	put_str(row, "plaats");
	put_str(row, place);
	put_str(row, "gemeente");
	put_str(row, gemeente);
	n += 3;
	memcpy(row->data + at, &(int64_t){ (int64_t)n }, sizeof(int64_t));
}

static void
bind_field(sqlite3_stmt *s, int i, struct record *rd)
{
	int len;
	const char *p = get_bytes(rd, &len);

	sqlite3_bind_text(s, i, p, len, SQLITE_STATIC);
}

static int
store_vacancy(struct index *ix, struct record *rd, const char *slug, int slug_len, const char *digest,
	int digest_len, long long updated)
{
	sqlite3_stmt *s = stmt(ix, S_INSERT_VACANCY);
	long long n;
	int rc = 0;

	sqlite3_bind_text(s, 1, slug, slug_len, SQLITE_STATIC);
	bind_field(s, 2, rd);
	bind_field(s, 3, rd);
	sqlite3_bind_int64(s, 4, get_int(rd));
	for (int i = 5; i <= 9; i++)
		bind_field(s, i, rd);
	sqlite3_bind_text(s, 10, digest, digest_len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 11, updated);
	if (rd->bad)
		return error("index: a broken record");
	rc |= step_done(ix, s, "cannot store vacancy");
	n = get_int(rd);
	for (long long i = 0; i < n && !rd->bad; i++) {
		s = stmt(ix, S_INSERT_FACET);
		bind_field(s, 1, rd);
		bind_field(s, 2, rd);
		sqlite3_bind_text(s, 3, slug, slug_len, SQLITE_STATIC);
		rc |= step_done(ix, s, "cannot store facet");
	}
	return rc || rd->bad ? -1 : 0;
}

/*
 * Stores a record (see prepare_file) of the file at path: 0, 1 when its
 * slug is taken by another file (a content error, in d), -1.
 */
static int
store_file(struct index *ix, const char *path, const struct buf *row, struct diags *d)
{
	struct record rd = { row->data, row->data + row->len, 0 };
	sqlite3_stmt *s = stmt(ix, S_INSERT);
	const char *type_name, *slug, *digest;
	int type, slug_len, digest_len, rc;
	long long refs, updated;

	type = (int)get_int(&rd);
	if (type < 0 || type >= ENTRY_TYPES)
		return error("index: a broken record");
	type_name = entry_type_names[type];
	slug = get_bytes(&rd, &slug_len);
	bind_text(s, 1, type_name);
	sqlite3_bind_text(s, 2, slug, slug_len, SQLITE_STATIC);
	bind_text(s, 3, path);
	bind_field(s, 4, &rd);
	bind_field(s, 5, &rd);
	if (get_int(&rd)) {
		int len;
		const char *blob = get_bytes(&rd, &len);

		sqlite3_bind_blob(s, 6, blob, len, SQLITE_STATIC);
	}
	updated = get_int(&rd);
	sqlite3_bind_int64(s, 7, updated);
	digest = get_bytes(&rd, &digest_len);
	sqlite3_bind_text(s, 8, digest, digest_len, SQLITE_STATIC);
	if (rd.bad)
		return error("index: a broken record");
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_CONSTRAINT) {
		sqlite3_stmt *o = stmt(ix, S_OWNER_OF_SLUG);

		bind_text(o, 1, type_name);
		sqlite3_bind_text(o, 2, slug, slug_len, SQLITE_STATIC);
		if (sqlite3_step(o) == SQLITE_ROW)
			diags_add(d, path, 0, "the %s '%.*s' exists already in %s; rename one of the two files",
			    type_name, slug_len, slug, (const char *)sqlite3_column_text(o, 0));
		sqlite3_reset(o);
		return 1;
	}
	if (rc != SQLITE_DONE)
		return db_error(ix, "cannot store entry");
	rc = 0;
	refs = get_int(&rd);
	for (long long i = 0; i < refs && !rd.bad; i++) {
		s = stmt(ix, S_INSERT_REF);
		bind_text(s, 1, path);
		sqlite3_bind_int64(s, 2, get_int(&rd));
		bind_field(s, 3, &rd);
		bind_field(s, 4, &rd);
		rc |= step_done(ix, s, "cannot store reference");
	}
	if (!rd.bad && get_int(&rd))
		rc |= store_vacancy(ix, &rd, slug, slug_len, digest, digest_len, updated);
	if (rd.bad)
		return error("index: a broken record");
	return rc ? -1 : 0;
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
	struct buf src, html, row;
	int failed;		/* a system error: stop */
	/* Parsing processes (load_all), or none. */
	int workers;
	FILE *from[INDEX_MAX_WORKERS];
	pid_t pid[INDEX_MAX_WORKERS];
	long seen;		/* files the walk has met */
};

enum prepared {
	PREP_FAILED = -1,	/* a system error (printed) */
	PREP_SKIP,		/* no entry */
	PREP_BAD,		/* an entry with content errors (in r->d) */
	PREP_ROW		/* an entry, its record in r->row */
};

/*
 * Reads, checks and renders one file into r->row (the record store_file
 * takes). Touches no database, so a parsing process can run it.
 */
static enum prepared
prepare_file(struct run *r, struct snapshot *s, const char *path)
{
	enum entry_type type;
	struct entry e = { 0 };
	char *slug = NULL, *data = NULL;
	long long updated = r->now;
	const char *html = "";
	const void *blob = NULL;
	size_t blob_len = 0;
	struct digest dg;
	char hex[DIGEST_HEX];
	enum prepared rc = PREP_BAD;
	json_t *ref;
	size_t i;

	if (r->times && json_is_integer(json_object_get(r->times, path)))
		updated = json_integer_value(json_object_get(r->times, path));
	type = entry_classify(path, &slug, r->d);
	if (type == ENTRY_NONE)
		return PREP_SKIP;
	buf_reset(&r->src);
	if (snapshot_read(s, path, &r->src) != 0) {
		rc = PREP_FAILED;
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
		blob = buf_str(&r->src);
		blob_len = r->src.len;
	} else {
		if (entry_parse(&e, r->v, path, buf_str(&r->src), r->src.len, r->d) < 0)
			goto out;
		buf_reset(&r->html);
		markdown_render(e.body, strlen(e.body), &r->html);
		html = buf_str(&r->html);
		data = entry_data_json(e.data);
		free(slug);
		slug = xstrdup(e.slug);
	}
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

	buf_reset(&r->row);
	put_int(&r->row, type);
	put_str(&r->row, slug);
	put_str(&r->row, data);
	put_str(&r->row, html);
	put_int(&r->row, blob != NULL);
	if (blob)
		put_bytes(&r->row, blob, blob_len);
	put_int(&r->row, updated);
	put_str(&r->row, hex);
	put_int(&r->row, (long long)json_array_size(e.refs) + (type == ENTRY_HOOFDSTUK));
	json_array_foreach(e.refs, i, ref) {
		put_int(&r->row, json_integer_value(json_object_get(ref, "line")));
		put_str(&r->row, str(ref, "type"));
		put_str(&r->row, str(ref, "slug"));
	}
	if (type == ENTRY_HOOFDSTUK) {
		char *book = xstrndup(slug, strcspn(slug, "/"));

		put_int(&r->row, 0);
		put_str(&r->row, "handboek");
		put_str(&r->row, book);
		free(book);
	}
	put_int(&r->row, type == ENTRY_VACATURE);
	if (type == ENTRY_VACATURE)
		put_vacancy(&r->row, r->v, e.data);
	rc = PREP_ROW;
out:
	free(slug);
	free(data);
	entry_release(&e);
	return rc;
}

/* Indexes one file in this process. 0, or -1 on a system error (r->failed set). */
static int
index_file(struct run *r, struct snapshot *s, const char *path)
{
	enum prepared p = prepare_file(r, s, path);

	if (p == PREP_BAD || p == PREP_ROW)
		r->st->files++;
	if (p == PREP_FAILED || (p == PREP_ROW && store_file(r->ix, path, &r->row, r->d) < 0)) {
		r->failed = 1;
		return -1;
	}
	return 0;
}

static int
walk_cb(void *arg, struct snapshot *s, const char *path)
{
	return index_file(arg, s, path);
}

/*
 * Parsing processes. A load of a whole repository spends most of its time
 * reading, parsing and rendering files and the rest storing them. With
 * more than one core, processes forked for the load each walk the same
 * commit and prepare every n-th run of files, sending the records down a
 * pipe, while this process takes them in walk order and stores them: the
 * index comes out exactly as one process makes it. A file with any
 * problem comes back as "do it here", and this process reads it again
 * for its diagnostics, in their order.
 */
enum { REC_SKIP = 'S', REC_HERE = 'H', REC_ROW = 'R' };

struct worker_walk {
	struct run *r;
	FILE *to;
	int k, n;
	long seen;
};

static int
worker_cb(void *arg, struct snapshot *s, const char *path)
{
	struct worker_walk *w = arg;
	struct run *r = w->r;
	size_t before = r->d->n;
	enum prepared p;
	uint32_t len = 0;
	int kind = REC_ROW;

	if (w->seen++ / INDEX_RUN % w->n != w->k)
		return 0;
	p = prepare_file(r, s, path);
	if (p == PREP_FAILED)
		return -1;
	if (p == PREP_BAD || r->d->n > before) {
		kind = REC_HERE;
		diags_clear(r->d);
	} else if (p == PREP_SKIP) {
		kind = REC_SKIP;
	} else {
		len = (uint32_t)r->row.len;
	}
	if (putc(kind, w->to) == EOF || fwrite(&len, sizeof(len), 1, w->to) != 1 ||
	    (len && fwrite(r->row.data, 1, len, w->to) != len))
		return -1;
	return 0;
}

/* The body of parsing process k of n; its exit status. */
static int
worker_main(struct run *r, const char *gitdir, const git_oid *commit, int k, int n, int fd)
{
	struct diags d = DIAGS_INIT;
	struct worker_walk w = { .r = r, .k = k, .n = n };
	/* A handle of its own: nothing of the parent's libgit2 state is shared. */
	git_repository *repo = repo_open(gitdir);
	struct snapshot *s = repo ? snapshot_git(repo, commit) : NULL;
	int rc;

	r->d = &d;
	w.to = fdopen(fd, "w");
	if (s == NULL || w.to == NULL) {
		rc = -1;
	} else {
		setvbuf(w.to, NULL, _IOFBF, 1 << 16);
		rc = snapshot_walk(s, "", worker_cb, &w);
	}
	/* Freed, so that a leak check (make check-valgrind follows forks) sees none. */
	if (w.to && fclose(w.to) != 0)
		rc = -1;
	diags_clear(&d);
	snapshot_free(s);
	git_repository_free(repo);
	return rc ? 1 : 0;
}

/* Waits for the parsing processes (killed first when kill_them); 0, or -1 when one failed. */
static int
workers_stop(struct run *r, int kill_them)
{
	int rc = 0;

	for (int k = 0; k < r->workers; k++) {
		int status;

		if (r->from[k]) {
			if (!kill_them && getc(r->from[k]) != EOF)
				rc = error("index: a parsing process sent more than was asked");
			fclose(r->from[k]);
			r->from[k] = NULL;
		}
		if (kill_them)
			kill(r->pid[k], SIGKILL);
		while (waitpid(r->pid[k], &status, 0) < 0)
			if (errno != EINTR) {
				status = -1;
				break;
			}
		if (!kill_them && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
			rc = error("index: a parsing process failed");
	}
	r->workers = 0;
	return rc;
}

/* Starts n parsing processes over commit of repo. 0, or -1 (none left running). */
static int
workers_start(struct run *r, git_repository *repo, const git_oid *commit, int n)
{
	const char *gitdir = git_repository_path(repo);

	for (int k = 0; k < n; k++) {
		int fd[2];
		pid_t pid;

		if (pipe(fd) < 0) {
			error_errno("index: pipe");
			goto fail;
		}
		fcntl(fd[1], F_SETPIPE_SZ, INDEX_PIPE);	/* a smaller pipe is only slower */
		fflush(NULL);
		pid = fork();
		if (pid == 0) {
			close(fd[0]);
			for (int j = 0; j < k; j++)
				close(fileno(r->from[j]));
			/* No atexit handlers, no database: they are the parent's. */
			_exit(worker_main(r, gitdir, commit, k, n, fd[1]));
		}
		close(fd[1]);
		if (pid < 0) {
			close(fd[0]);
			error_errno("index: fork");
			goto fail;
		}
		r->pid[k] = pid;
		r->from[k] = fdopen(fd[0], "r");
		r->workers = k + 1;
		if (r->from[k] == NULL) {
			close(fd[0]);
			error_errno("index: fdopen");
			goto fail;
		}
		setvbuf(r->from[k], NULL, _IOFBF, 1 << 16);
	}
	return 0;
fail:
	workers_stop(r, 1);
	return -1;
}

/* The walk of this process while parsing processes run: their records, in order. */
static int
store_cb(void *arg, struct snapshot *s, const char *path)
{
	struct run *r = arg;
	FILE *f = r->from[r->seen++ / INDEX_RUN % r->workers];
	uint32_t len;
	int kind = getc(f);

	if (kind == EOF || fread(&len, sizeof(len), 1, f) != 1)
		goto broken;
	if (kind == REC_HERE)
		return index_file(r, s, path);
	if (kind == REC_SKIP)
		return 0;
	if (kind != REC_ROW)
		goto broken;
	buf_reset(&r->row);
	buf_grow(&r->row, len);
	if (fread(r->row.data, 1, len, f) != len)
		goto broken;
	r->row.len = len;
	r->row.data[len] = '\0';
	r->st->files++;
	if (store_file(r->ix, path, &r->row, r->d) < 0) {
		r->failed = 1;
		return -1;
	}
	return 0;
broken:
	r->failed = 1;
	return error("index: a parsing process stopped before the end");
}

/* Reports every reference to an entry that does not exist. */
/*
 * Reports each reference that names no entry, among those the condition
 * where selects (with ?1 and ?2 bound to a and b). The number found.
 */
static int
report_broken(struct index *ix, struct diags *d, const char *where, const char *a, const char *b)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *s = NULL;
	int n = 0;

	buf_printf(&sql, "SELECT r.path, r.line, r.type, r.slug FROM refs r WHERE %s AND NOT EXISTS"
	    " (SELECT 1 FROM entries e WHERE e.type = r.type AND e.slug = r.slug)", where);
	if (sqlite3_prepare_v2(ix->db, sql.data, -1, &s, NULL) != SQLITE_OK) {
		buf_release(&sql);
		return db_error(ix, "cannot check references");
	}
	buf_release(&sql);
	if (a)
		sqlite3_bind_text(s, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(s, 2, b, -1, SQLITE_STATIC);
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

/* Every reference of the index. */
static int
check_refs(struct index *ix, struct diags *d)
{
	return report_broken(ix, d, "1", NULL, NULL);
}

/* Whether the index holds an entry of this type and slug. */
static int
entry_exists(struct index *ix, const char *type, const char *slug)
{
	sqlite3_stmt *s = stmt(ix, S_OWNER_OF_SLUG);
	int found;

	bind_text(s, 1, type);
	bind_text(s, 2, slug);
	found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return found;
}

/*
 * After a few paths changed, only the references those files make, and
 * those naming an entry the files held before that is gone now, can be
 * broken: checking every reference cost 80 ms of each admin save at
 * 100,000 vacancies. before holds the entries' {type, slug} by path.
 */
static int
check_changed_refs(struct index *ix, struct diags *d, json_t *changes, json_t *before)
{
	const char *path;
	json_t *c, *was;
	size_t i;
	int n = 0;

	if (json_array_size(changes) > 1000)
		return check_refs(ix, d);	/* one pass beats a thousand lookups */
	json_array_foreach(changes, i, c) {
		int k = report_broken(ix, d, "r.path = ?1", str(c, "path"), NULL);

		if (k < 0)
			return -1;
		n += k;
	}
	json_object_foreach(before, path, was) {
		int k;

		if (entry_exists(ix, str(was, "type"), str(was, "slug")))
			continue;
		k = report_broken(ix, d, "r.type = ?1 AND r.slug = ?2", str(was, "type"), str(was, "slug"));
		if (k < 0)
			return -1;
		n += k;
	}
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
	/* listing first: the trigger then finds nothing to delete for each entry. */
	return exec(ix, "DELETE FROM listing; DELETE FROM entries; DELETE FROM refs; DELETE FROM vacancies;"
	    " DELETE FROM facets; DELETE FROM meta;");
}

/*
 * The start of a load of everything (inside its transaction): the
 * secondary indexes go, facets_key with them, so rows are appended
 * (put_vacancy() leaves out a vacancy's repeated values, which that key
 * would have ignored).
 */
static int
bulk_begin(struct index *ix)
{
	if (exec(ix, drop_index_sql) < 0)
		return -1;
	ix->bulk = 1;
	return 0;
}

/*
 * The end of it: the indexes again, each made by one sort. Called after
 * a failed load too, then doing nothing: the caller's rollback restores
 * the indexes. 0 or -1.
 *
 * The parsing processes are done by then, so SQLite's sorter may use a
 * helper thread on the core they leave: at 100,000 vacancies (load about
 * 3) the sorts after the walk took 2.9-3.4 s with it, 3.8-4.3 s without.
 */
static int
bulk_end(struct index *ix, int ok)
{
	int rc;

	if (!ix->bulk)
		return 0;
	ix->bulk = 0;
	if (!ok)
		return 0;
	sqlite3_exec(ix->db, "PRAGMA threads=2", NULL, NULL, NULL);	/* only faster, so unchecked */
	rc = exec(ix, index_sql);
	sqlite3_exec(ix->db, "PRAGMA threads=0", NULL, NULL, NULL);
	return rc;
}

/*
 * Reads a whole snapshot into the index inside the caller's transaction.
 * 0, 1 for content errors, -1 for system errors.
 */
static int
load_all(struct index *ix, git_repository *repo, struct snapshot *s, json_t *times, long long now,
	struct diags *d, struct index_stats *st)
{
	struct run r = { .ix = ix, .d = d, .times = times, .now = now, .st = st };
	struct vocabs v = { 0 };
	struct sigaction old_chld;
	size_t before = d->n;
	int rc = -1, workers = 0;

	st->full = 1;
	if (clear_all(ix) < 0 || bulk_begin(ix) < 0)
		goto out;
	if (vocabs_load(&v, s, d) < 0) {
		rc = 1;
		goto out;
	}
	r.v = &v;
	if (store_vocabs(ix, &v) < 0)
		goto out;
	if (repo && snapshot_commit(s)) {
		long cores = sysconf(_SC_NPROCESSORS_ONLN);

		workers = ix->jobs > 0 ? ix->jobs : cores > 1 ? (int)cores : 1;
		if (workers > INDEX_MAX_WORKERS)
			workers = INDEX_MAX_WORKERS;
		if (workers < 2)
			workers = 0;
	}
	if (workers) {
		/* A caller that ignores SIGCHLD (the admin) would have them reaped before waitpid. */
		sigaction(SIGCHLD, &(struct sigaction){ .sa_handler = SIG_DFL }, &old_chld);
		if (workers_start(&r, repo, snapshot_commit(s), workers) < 0) {
			sigaction(SIGCHLD, &old_chld, NULL);
			goto out;
		}
		snapshot_walk(s, "", store_cb, &r);
		if (workers_stop(&r, r.failed) < 0)
			r.failed = 1;
		sigaction(SIGCHLD, &old_chld, NULL);
	} else {
		snapshot_walk(s, "", walk_cb, &r);
	}
	if (r.failed)
		goto out;
	if (bulk_end(ix, 1) < 0 || check_refs(ix, d) < 0)
		goto out;
	rc = d->n > before ? 1 : 0;
out:
	bulk_end(ix, 0);
	buf_release(&r.src);
	buf_release(&r.html);
	buf_release(&r.row);
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
	rc = load_all(ix, NULL, s, NULL, 0, d, st);
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
	json_t *times = json_object(), *before = json_object();
	struct vocabs v = { 0 };
	size_t problems = d->n, i;
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
	json_array_foreach(changes, i, c) {
		sqlite3_stmt *find = stmt(ix, S_FIND_PATH);

		bind_text(find, 1, str(c, "path"));
		if (sqlite3_step(find) == SQLITE_ROW)
			json_object_set_new(before, str(c, "path"), json_pack("{s:s, s:s}",
				"type", (const char *)sqlite3_column_text(find, 0),
				"slug", (const char *)sqlite3_column_text(find, 1)));
		sqlite3_reset(find);
		if (remove_path(ix, str(c, "path"), &st->removed) < 0)
			goto out;
	}
	json_array_foreach(changes, i, c) {
		if (json_is_true(json_object_get(c, "deleted")))
			continue;
		if (index_file(&r, s, str(c, "path")) < 0 && r.failed)
			goto out;
	}
	if (check_changed_refs(ix, d, changes, before) < 0)
		goto out;
	rc = d->n > problems ? 1 : 0;
out:
	json_decref(before);
	json_decref(times);
	buf_release(&r.src);
	buf_release(&r.html);
	buf_release(&r.row);
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

/*
 * A load into an index that holds nothing yet (a new database) goes past
 * the write-ahead log: with a rollback journal, pages beyond the end of
 * the file when the transaction began are written once, to the database,
 * and never journaled, where the log wrote every page twice (to the log,
 * then to the database when checkpointing it): at 100,000 vacancies that
 * was a quarter of the storing process's time. A crash part way leaves a hot journal,
 * which the next connection rolls back to the empty index, so a half load
 * is never taken for an index. Only a database that no other connection
 * has open can leave WAL mode; otherwise the load goes through the log.
 * Returns 1 when the journal mode changed (fresh_end restores it), 0.
 */
static int
fresh_begin(struct index *ix)
{
	sqlite3_stmt *s = NULL;
	const char *file = sqlite3_db_filename(ix->db, "main");
	int empty = 0, changed = 0;

	if (file == NULL || *file == '\0')	/* in memory: no log to skip */
		return 0;
	if (sqlite3_prepare_v2(ix->db, "SELECT NOT EXISTS (SELECT 1 FROM entries)"
	    " AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'commit')", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		empty = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (!empty)
		return 0;
	s = NULL;
	/* Busy at once while another connection has the database open: then the log it is. */
	sqlite3_busy_timeout(ix->db, 0);
	if (sqlite3_prepare_v2(ix->db, "PRAGMA journal_mode=DELETE", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		changed = !strcmp((const char *)sqlite3_column_text(s, 0), "delete");
	sqlite3_finalize(s);
	sqlite3_busy_timeout(ix->db, BUSY_MS);
	/* With a rollback journal, FULL is what keeps a power cut from corrupting the file. */
	if (changed && exec(ix, "PRAGMA synchronous=FULL") < 0) {
		exec(ix, "PRAGMA journal_mode=WAL");
		return 0;
	}
	return changed;
}

/* Back to WAL mode after fresh_begin; should this fail, the next index_open sets it. */
static void
fresh_end(struct index *ix)
{
	sqlite3_exec(ix->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
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
	int rc = -1, has_old, fresh;

	memset(st, 0, sizeof(*st));
	rc = repo_head(repo, &head);
	if (rc == 1)
		return error("the content repository has no commit yet");
	if (rc < 0)
		return -1;
	rc = -1;
	fresh = fresh_begin(ix);
	if (exec(ix, "BEGIN IMMEDIATE") < 0) {
		if (fresh)
			fresh_end(ix);
		return -1;
	}
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
		rc = load_all(ix, repo, s, times, now, d, st);
	} else {
		rc = load_changes(ix, repo, s, changes, now, d, st);
	}
	if (rc == 0)
		rc = set_meta(ix, "commit", st->commit);
out:
	if (exec(ix, rc == 0 ? "COMMIT" : "ROLLBACK") < 0)
		rc = -1;
	if (fresh)
		fresh_end(ix);
	free(schema);
	json_decref(changes);
	json_decref(times);
	snapshot_free(s);
	return rc;
}
