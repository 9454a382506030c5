/*
 * The pages of every entry type but vacancies: organisations, events
 * (with .ics), handbooks and chapters, tips, plain pages, materials with
 * their downloads, and the home, search and 404 pages.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "escape.h"
#include "search.h"
#include "site.h"
#include "util.h"

static char *
path_of(const char *fmt, const char *slug)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, fmt, slug);
	return buf_detach(&b);
}

/* Prepares sql or reports the index error. */
static sqlite3_stmt *
prepare(struct site *s, const char *sql)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		error("index: %s", sqlite3_errmsg(s->db));
		return NULL;
	}
	return st;
}

static json_t *
row_data(sqlite3_stmt *st, int col)
{
	json_t *d = json_loads((const char *)sqlite3_column_text(st, col), 0, NULL);

	return d ? d : json_object();
}

static json_t *
names(struct site *s, json_t *slugs, const char *vocab)
{
	json_t *out = json_array(), *item;
	size_t i;

	json_array_foreach(slugs, i, item)
		json_array_append_new(out, site_vocab_ref(s, vocab, json_string_value(item), NULL));
	return out;
}

/* Adds pagina, nav and kruimels to ctx and writes the page. */
static int
finish_page(struct site *s, json_t *ctx, const char *path, const char *template, const char *title,
	const char *description, const char *section, json_t *crumbs, long long updated)
{
	int rc;

	if (!json_object_get(ctx, "pagina"))
		json_object_set_new(ctx, "pagina", site_meta(s, path, title, description,
			updated ? "article" : "website"));
	json_object_set_new(ctx, "nav", site_nav(s, section));
	json_object_set_new(ctx, "kruimels", crumbs);
	rc = site_page(s, path, template, ctx, updated, 1);
	json_decref(ctx);
	return rc;
}

/* ---- organisations ---- */

/*
 * The queries of an organisation's page, prepared once for all of them;
 * each binds today as ?1 and the organisation as ?2, and yields slug and
 * digest first (the page key), then what the page shows.
 */
enum { ORG_VACANCIES, ORG_MATERIALS, ORG_QUERIES };
static const char *const org_sql[ORG_QUERIES] = {
	[ORG_VACANCIES] = "SELECT v.slug, v.digest FROM vacancies v"
		" WHERE v.organisatie = ?2 AND " LISTED_FILTER_SQL " ORDER BY v.geplaatst DESC, v.slug",
	[ORG_MATERIALS] = "SELECT slug, digest, data FROM entries WHERE type = 'materiaal'"
		" AND json_extract(data, '$.eigenaar') = ?2 ORDER BY json_extract(data, '$.titel')",
};

static sqlite3_stmt *
org_query(struct site *s, sqlite3_stmt **q, int which, const char *org)
{
	sqlite3_reset(q[which]);
	sqlite3_bind_text(q[which], 1, s->today, -1, SQLITE_STATIC);
	sqlite3_bind_text(q[which], 2, org, -1, SQLITE_TRANSIENT);
	return q[which];
}

static json_t *
org_vacancies(struct site *s, sqlite3_stmt **q, const char *org)
{
	sqlite3_stmt *st = org_query(s, q, ORG_VACANCIES, org);
	json_t *list = json_array();

	while (sqlite3_step(st) == SQLITE_ROW)
		json_array_append_new(list, site_card_item(s, (const char *)sqlite3_column_text(st, 0), NULL));
	sqlite3_reset(st);
	return list;
}

static json_t *
material_summary(struct site *s, const char *slug, json_t *d)
{
	char *path = path_of("/materialen/%s/", slug), *url = site_url(s, path);
	json_t *owner = site_org(s, str(d, "eigenaar"));
	json_t *kind = site_vocab_ref(s, "materiaalsoorten", str(d, "soort"), NULL);
	json_t *m = json_pack("{s:s, s:s, s:O, s:O, s:I}", "url", url, "titel", str(d, "titel"),
		"soort", json_object_get(kind, "naam"), "eigenaar", owner ? owner : json_null(),
		"aantal_bestanden", (json_int_t)json_array_size(json_object_get(d, "bestanden")));

	json_decref(kind);
	free(path);
	free(url);
	return m;
}

static json_t *
org_materials(struct site *s, sqlite3_stmt **q, const char *org)
{
	sqlite3_stmt *st = org_query(s, q, ORG_MATERIALS, org);
	json_t *list = json_array();

	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *d = row_data(st, 2);

		json_array_append_new(list, material_summary(s, (const char *)sqlite3_column_text(st, 0), d));
		json_decref(d);
	}
	sqlite3_reset(st);
	return list;
}

static int
organisation_page(struct site *s, sqlite3_stmt **q, const char *slug, json_t *d, const char *html,
	long long updated)
{
	char *path = path_of("/organisaties/%s/", slug);
	json_t *contacts = json_array(), *c, *roles = json_array(), *role, *ctx, *kind, *place;
	json_t *vacancies, *materials;
	size_t i;
	int rc;

	/* Only contact persons marked public are published. */
	json_array_foreach(json_object_get(d, "contactpersonen"), i, c) {
		json_t *pub;

		if (!json_is_true(json_object_get(c, "openbaar")))
			continue;
		pub = json_deep_copy(c);
		json_object_del(pub, "openbaar");
		if (*str(pub, "telefoon")) {
			char *tel = site_tel_url(str(pub, "telefoon"));

			json_object_set_new(pub, "telefoon_url", json_string(tel));
			free(tel);
		}
		json_array_append_new(contacts, pub);
	}
	json_array_foreach(json_object_get(d, "rollen"), i, role) {
		char key[40];

		snprintf(key, sizeof(key), "rol_%s", json_string_value(role));
		json_array_append_new(roles, json_pack("{s:s}", "naam", site_t(s, key)));
	}
	kind = site_vocab_ref(s, "organisatietypen", str(d, "type"), NULL);
	place = vocab_place(&s->v, str(d, "plaats"));
	vacancies = org_vacancies(s, q, slug);
	materials = org_materials(s, q, slug);
	/* Flags, because a Mustache section cannot ask "is this list empty?" around a heading. */
	ctx = json_pack("{s:s, s:O, s:{s:s}, s:s, s:O, s:o, s:b, s:o, s:b, s:o, s:b, s:o}",
		"naam", str(d, "naam"), "type", json_object_get(kind, "naam"),
		"plaats", "naam", place ? str(place, "naam") : str(d, "plaats"),
		"beschrijving_html", html, "sbb_erkend", json_object_get(d, "sbb_erkend"),
		"rollen", roles,
		"heeft_contactpersonen", json_array_size(contacts) > 0, "contactpersonen", contacts,
		"heeft_vacatures", json_array_size(vacancies) > 0, "vacatures", vacancies,
		"heeft_materialen", json_array_size(materials) > 0, "materialen", materials);
	if (*str(d, "website"))
		json_object_set_new(ctx, "website", json_string(str(d, "website")));
	json_decref(kind);
	rc = finish_page(s, ctx, path, "organisatie", str(d, "naam"), NULL, "organisaties",
	    site_crumbs(s, site_t(s, "nav_organisaties"), "/organisaties/", str(d, "naam"), NULL, NULL),
	    updated);
	free(path);
	return rc;
}

/*
 * True when the organisation's page is as it was last rendered: its own
 * entry, its open vacancies and its materials, in order, are unchanged.
 */
static int
organisation_current(struct site *s, sqlite3_stmt **q, const char *slug, const char *path,
	const char *digest, long long updated)
{
	static const int keys[] = { ORG_VACANCIES, ORG_MATERIALS };

	site_key_begin(s, path);
	site_key_add(s, digest);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		sqlite3_stmt *st = org_query(s, q, keys[i], slug);

		while (sqlite3_step(st) == SQLITE_ROW) {
			site_key_add(s, (const char *)sqlite3_column_text(st, 0));
			site_key_add(s, (const char *)sqlite3_column_text(st, 1));
		}
		sqlite3_reset(st);
		site_key_add(s, "|");
	}
	return site_page_current(s, path, updated, 1);
}

/* Organisations per page of /organisaties/: a pupil scans them by name. */
#define ORGS_PER_PAGE 100

static int
organisations_list_page(struct site *s, json_t *items, long total, long page, long pages)
{
	struct buf path = BUF_INIT, title = BUF_INIT;
	json_t *ctx, *pag = site_pagination(s, "/organisaties/", page, pages);
	int rc;

	site_list_page(s, "/organisaties/", site_t(s, "titel_organisaties"), page, pages, &path, &title);
	ctx = json_pack("{s:{s:s, s:I, s:O}}", "lijst", "titel", title.data, "aantal", (json_int_t)total,
		"items", items);
	if (pag)
		json_object_set_new(json_object_get(ctx, "lijst"), "paginering", pag);
	rc = finish_page(s, ctx, path.data, "organisaties", title.data, NULL, "organisaties",
	    page == 1 ? site_crumbs(s, title.data, NULL, NULL) :
	    site_crumbs(s, site_t(s, "titel_organisaties"), "/organisaties/", title.data, NULL, NULL), 0);
	buf_release(&path);
	buf_release(&title);
	return rc;
}

int
pages_organisations(struct site *s)
{
	static const char sql[] = "SELECT e.slug, e.data, e.html, e.updated,"
		" (SELECT count(*) FROM vacancies v WHERE v.organisatie = e.slug AND " LISTED_FILTER_SQL "),"
		" e.digest FROM entries e WHERE e.type = 'organisatie'"
		" ORDER BY json_extract(e.data, '$.naam') COLLATE NOCASE, e.slug";
	sqlite3_stmt *st = prepare(s, sql), *cnt = prepare(s, "SELECT count(*) FROM entries WHERE type = 'organisatie'");
	sqlite3_stmt *q[ORG_QUERIES] = { NULL };
	json_t *items = json_array();
	long total = 0, pages, page = 1;
	int rc = 0;

	for (int i = 0; i < ORG_QUERIES; i++)
		if ((q[i] = prepare(s, org_sql[i])) == NULL)
			rc = -1;
	if (st == NULL || cnt == NULL || rc < 0) {
		sqlite3_finalize(st);
		sqlite3_finalize(cnt);
		for (int i = 0; i < ORG_QUERIES; i++)
			sqlite3_finalize(q[i]);
		json_decref(items);
		return -1;
	}
	if (sqlite3_step(cnt) == SQLITE_ROW)
		total = sqlite3_column_int(cnt, 0);
	sqlite3_finalize(cnt);
	pages = total ? (total + ORGS_PER_PAGE - 1) / ORGS_PER_PAGE : 1;
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		json_t *d = row_data(st, 1), *kind, *place;
		char *path = path_of("/organisaties/%s/", slug), *url = site_url(s, path);

		if (!organisation_current(s, q, slug, path, (const char *)sqlite3_column_text(st, 5),
		    sqlite3_column_int64(st, 3)))
			rc = organisation_page(s, q, slug, d, (const char *)sqlite3_column_text(st, 2),
			    sqlite3_column_int64(st, 3));
		kind = site_vocab_ref(s, "organisatietypen", str(d, "type"), NULL);
		place = vocab_place(&s->v, str(d, "plaats"));
		json_array_append_new(items, json_pack("{s:s, s:s, s:O, s:s, s:i}", "url", url,
			"naam", str(d, "naam"), "type", json_object_get(kind, "naam"),
			"plaats", place ? str(place, "naam") : "", "aantal_vacatures", sqlite3_column_int(st, 4)));
		json_decref(kind);
		json_decref(d);
		free(path);
		free(url);
		if (rc == 0 && json_array_size(items) == ORGS_PER_PAGE) {
			rc = organisations_list_page(s, items, total, page++, pages);
			json_array_clear(items);
		}
	}
	sqlite3_finalize(st);
	for (int i = 0; i < ORG_QUERIES; i++)
		sqlite3_finalize(q[i]);
	if (rc == 0 && (json_array_size(items) > 0 || page == 1))
		rc = organisations_list_page(s, items, total, page, pages);
	json_decref(items);
	return rc;
}

/* ---- events ---- */

static json_t *
event_summary(struct site *s, const char *slug, json_t *d)
{
	char *path = path_of("/evenementen/%s/", slug), *url = site_url(s, path);
	const char *begin = str(d, "begin"), *end = str(d, "eind");
	char *begin_text = site_date_text(s, begin);
	struct buf time = BUF_INIT;
	json_t *kind = site_vocab_ref(s, "evenementsoorten", str(d, "soort"), NULL);
	json_t *e;

	buf_printf(&time, "%.5s–%.5s", begin + 11, end + 11);
	if (strncmp(begin, end, 10)) {	/* several days */
		char *end_text = site_date_text(s, end);

		buf_reset(&time);
		buf_printf(&time, "%.5s – %s %.5s", begin + 11, end_text, end + 11);
		free(end_text);
	}
	e = json_pack("{s:s, s:s, s:O, s:s, s:s, s:s, s:s, s:s, s:b}", "url", url, "titel", str(d, "titel"),
		"soort", json_object_get(kind, "naam"), "begin", begin, "begin_tekst", begin_text,
		"eind", end, "tijd_tekst", time.data, "locatie", str(d, "locatie"),
		"voorbij", strncmp(end, s->today, 10) < 0);
	json_decref(kind);
	free(path);
	free(url);
	free(begin_text);
	buf_release(&time);
	return e;
}

/* schema.org Event with Europe/Amsterdam offsets. */
static json_t *
event_jsonld(struct site *s, const char *slug, json_t *d)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	char *path = path_of("/evenementen/%s/", slug), *url = site_abs_url(s, path);
	json_t *org = site_org(s, str(d, "organisator")), *ld;

	buf_printf(&a, "%s:00%s", str(d, "begin"), amsterdam_offset(str(d, "begin")));
	buf_printf(&b, "%s:00%s", str(d, "eind"), amsterdam_offset(str(d, "eind")));
	ld = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:{s:s, s:s}}",
		"@context", "https://schema.org", "@type", "Event", "name", str(d, "titel"),
		"startDate", a.data, "endDate", b.data, "url", url,
		"eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode",
		"eventStatus", "https://schema.org/EventScheduled",
		"location", "@type", "Place", "name", str(d, "locatie"));
	json_object_set_new(json_object_get(ld, "location"), "address", json_pack("{s:s, s:s, s:s}",
		"@type", "PostalAddress", "streetAddress", str(d, "locatie"), "addressCountry", "NL"));
	if (org)
		json_object_set_new(ld, "organizer", json_pack("{s:s, s:O}", "@type", "Organization",
			"name", json_object_get(org, "naam")));
	free(path);
	free(url);
	buf_release(&a);
	buf_release(&b);
	return ld;
}

static int
event_page(struct site *s, sqlite3_stmt *one, const char *slug, json_t *d, const char *html,
	long long updated)
{
	char *path = path_of("/evenementen/%s/", slug), *ics = path_of("/evenementen/%s.ics", slug);
	char *ics_url = site_url(s, ics), *end_text = site_date_text(s, str(d, "eind"));
	json_t *ctx = event_summary(s, slug, d), *org = site_org(s, str(d, "organisator"));
	json_t *meta, *ld;
	struct buf ldtext = BUF_INIT, cal = BUF_INIT;
	int rc;

	json_object_set_new(ctx, "beschrijving_html", json_string(html));
	json_object_set_new(ctx, "eind_tekst", json_string(end_text));
	json_object_set_new(ctx, "doelgroep", names(s, json_object_get(d, "doelgroep"), "doelgroepen"));
	if (org)
		json_object_set(ctx, "organisator", org);
	if (*str(d, "aanmelden"))
		json_object_set_new(ctx, "aanmelden", json_string(str(d, "aanmelden")));
	if (*str(d, "aanmeld_url"))
		json_object_set_new(ctx, "aanmeld_url", json_string(str(d, "aanmeld_url")));
	json_object_set_new(ctx, "ics", json_string(ics_url));
	meta = site_meta(s, path, str(d, "titel"), NULL, "article");
	ld = event_jsonld(s, slug, d);
	escape_json_script(&ldtext, ld);
	json_decref(ld);
	json_object_set_new(meta, "jsonld", json_string(ldtext.data));
	json_object_set_new(ctx, "pagina", meta);
	rc = finish_page(s, ctx, path, "evenement", str(d, "titel"), NULL, "evenementen",
	    site_crumbs(s, site_t(s, "nav_evenementen"), "/evenementen/", str(d, "titel"), NULL, NULL),
	    updated);
	if (rc == 0) {
		sqlite3_reset(one);
		sqlite3_bind_text(one, 1, slug, -1, SQLITE_STATIC);
		ical_write(s, &cal, one, str(d, "titel"));
		rc = site_file(s, ics + 1, cal.data, cal.len);
	}
	free(path);
	free(ics);
	free(ics_url);
	free(end_text);
	buf_release(&ldtext);
	buf_release(&cal);
	return rc;
}

#define EVENT_COLS "slug, data, html, updated"

int
pages_events(struct site *s)
{
	sqlite3_stmt *st = prepare(s, "SELECT " EVENT_COLS " FROM entries WHERE type = 'evenement'"
	    " ORDER BY json_extract(data, '$.begin'), slug");
	sqlite3_stmt *one = prepare(s, "SELECT " EVENT_COLS " FROM entries WHERE type = 'evenement' AND slug = ?1");
	json_t *coming = json_array(), *past = json_array(), *ctx;
	struct buf cal = BUF_INIT;
	int rc = 0;

	if (st == NULL || one == NULL) {
		rc = -1;
		goto out;
	}
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		json_t *d = row_data(st, 1), *sum = event_summary(s, slug, d);

		rc = event_page(s, one, slug, d, (const char *)sqlite3_column_text(st, 2),
		    sqlite3_column_int64(st, 3));
		if (json_is_true(json_object_get(sum, "voorbij")))
			json_array_insert_new(past, 0, sum);	/* newest past event first */
		else
			json_array_append_new(coming, sum);
		json_decref(d);
	}
	if (rc)
		goto out;
	sqlite3_reset(st);
	ical_write(s, &cal, st, site_t(s, "agenda_naam"));
	rc = site_file(s, "evenementen/agenda.ics", cal.data, cal.len);
	if (rc)
		goto out;
	ctx = json_pack("{s:O, s:O, s:O}", "komend", coming, "voorbij", past,
		"agenda", json_object_get(json_object_get(s->common, "site"), "agenda"));
	rc = finish_page(s, ctx, "/evenementen/", "evenementen", site_t(s, "titel_evenementen"), NULL,
	    "evenementen", site_crumbs(s, site_t(s, "titel_evenementen"), NULL, NULL), 0);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(one);
	json_decref(coming);
	json_decref(past);
	buf_release(&cal);
	return rc;
}

/* ---- handbooks ---- */

static json_t *
chapters_of(struct site *s, const char *book, const char *current, json_t **prev, json_t **next)
{
	sqlite3_stmt *st = prepare(s, "SELECT slug, json_extract(data, '$.titel') FROM entries"
	    " WHERE type = 'hoofdstuk' AND slug LIKE ?1 || '/%' ORDER BY json_extract(data, '$.volgorde'), slug");
	json_t *list = json_array(), *item;
	size_t i;

	if (st == NULL)
		return list;
	sqlite3_bind_text(st, 1, book, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		char *path = path_of("/handboeken/%s/", slug), *url = site_url(s, path);

		json_array_append_new(list, json_pack("{s:s, s:s, s:I, s:b}", "url", url,
			"titel", (const char *)sqlite3_column_text(st, 1),
			"nummer", (json_int_t)json_array_size(list) + 1,
			"huidig", current && !strcmp(current, slug)));
		free(path);
		free(url);
	}
	sqlite3_finalize(st);
	if (prev && next) {
		*prev = *next = NULL;
		json_array_foreach(list, i, item) {
			if (!json_is_true(json_object_get(item, "huidig")))
				continue;
			if (i > 0)
				*prev = json_array_get(list, i - 1);
			*next = json_array_get(list, i + 1);
		}
	}
	return list;
}

int
pages_handbooks(struct site *s)
{
	sqlite3_stmt *books = prepare(s, "SELECT slug, data, html, updated FROM entries WHERE type = 'handboek'"
	    " ORDER BY json_extract(data, '$.volgorde'), json_extract(data, '$.titel')");
	sqlite3_stmt *chapters = prepare(s, "SELECT slug, data, html, updated FROM entries WHERE type = 'hoofdstuk'");
	json_t *list = json_array(), *ctx;
	int rc = 0;

	if (books == NULL || chapters == NULL) {
		rc = -1;
		goto out;
	}
	while (rc == 0 && sqlite3_step(books) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(books, 0);
		json_t *d = row_data(books, 1), *toc = chapters_of(s, slug, NULL, NULL, NULL);
		char *path = path_of("/handboeken/%s/", slug), *url = site_url(s, path);

		json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:I}", "url", url, "titel", str(d, "titel"),
			"samenvatting", str(d, "samenvatting"), "aantal_hoofdstukken", (json_int_t)json_array_size(toc)));
		ctx = json_pack("{s:s, s:s, s:O}", "titel", str(d, "titel"),
			"inleiding_html", (const char *)sqlite3_column_text(books, 2), "hoofdstukken", toc);
		rc = finish_page(s, ctx, path, "handboek", str(d, "titel"), str(d, "samenvatting"), "handboeken",
		    site_crumbs(s, site_t(s, "nav_handboeken"), "/handboeken/", str(d, "titel"), NULL, NULL),
		    sqlite3_column_int64(books, 3));
		json_decref(toc);
		json_decref(d);
		free(path);
		free(url);
	}
	while (rc == 0 && sqlite3_step(chapters) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(chapters, 0);
		char *book = xstrndup(slug, strcspn(slug, "/"));
		char *bpath = path_of("/handboeken/%s/", book), *burl = site_url(s, bpath);
		char *path = path_of("/handboeken/%s/", slug);
		json_t *d = row_data(chapters, 1), *prev, *next, *toc = chapters_of(s, book, slug, &prev, &next);
		const char *btitle = "";
		json_t *item;
		size_t i;

		json_array_foreach(list, i, item)
			if (!strcmp(str(item, "url"), burl))
				btitle = str(item, "titel");
		ctx = json_pack("{s:{s:s, s:s}, s:s, s:s, s:O}", "boek", "titel", btitle, "url", burl,
			"titel", str(d, "titel"), "tekst_html", (const char *)sqlite3_column_text(chapters, 2),
			"hoofdstukken", toc);
		json_array_foreach(toc, i, item)
			if (json_is_true(json_object_get(item, "huidig")))
				json_object_set(ctx, "nummer", json_object_get(item, "nummer"));
		if (prev)
			json_object_set_new(ctx, "vorige", json_pack("{s:O, s:O}", "url", json_object_get(prev, "url"),
				"titel", json_object_get(prev, "titel")));
		if (next)
			json_object_set_new(ctx, "volgende", json_pack("{s:O, s:O}", "url", json_object_get(next, "url"),
				"titel", json_object_get(next, "titel")));
		rc = finish_page(s, ctx, path, "hoofdstuk", str(d, "titel"), NULL, "handboeken",
		    site_crumbs(s, site_t(s, "nav_handboeken"), "/handboeken/", btitle, bpath,
			str(d, "titel"), NULL, NULL), sqlite3_column_int64(chapters, 3));
		json_decref(toc);
		json_decref(d);
		free(book);
		free(bpath);
		free(burl);
		free(path);
	}
	if (rc == 0) {
		ctx = json_pack("{s:O}", "boeken", list);
		rc = finish_page(s, ctx, "/handboeken/", "handboeken", site_t(s, "titel_handboeken"), NULL,
		    "handboeken", site_crumbs(s, site_t(s, "titel_handboeken"), NULL, NULL), 0);
	}
out:
	sqlite3_finalize(books);
	sqlite3_finalize(chapters);
	json_decref(list);
	return rc;
}

/* ---- tips and plain pages ---- */

static json_t *
tip_list(struct site *s, int limit, const char *except)
{
	sqlite3_stmt *st = prepare(s, "SELECT slug, data FROM entries WHERE type = 'tip'"
	    " ORDER BY json_extract(data, '$.volgorde'), json_extract(data, '$.titel'), slug");
	json_t *list = json_array();

	if (st == NULL)
		return list;
	while (sqlite3_step(st) == SQLITE_ROW && (limit == 0 || (int)json_array_size(list) < limit)) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		json_t *d;
		char *path, *url;

		if (except && !strcmp(except, slug))
			continue;
		d = row_data(st, 1);
		path = path_of("/tips/%s/", slug);
		url = site_url(s, path);
		json_array_append_new(list, json_pack("{s:s, s:s, s:s}", "url", url, "titel", str(d, "titel"),
			"samenvatting", str(d, "samenvatting")));
		json_decref(d);
		free(path);
		free(url);
	}
	sqlite3_finalize(st);
	return list;
}

int
pages_texts(struct site *s)
{
	sqlite3_stmt *st = prepare(s, "SELECT type, slug, data, html, updated FROM entries"
	    " WHERE type IN ('tip', 'pagina') ORDER BY type, slug");
	json_t *ctx;
	int rc = 0;

	if (st == NULL)
		return -1;
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		int is_tip = !strcmp((const char *)sqlite3_column_text(st, 0), "tip");
		const char *slug = (const char *)sqlite3_column_text(st, 1);
		json_t *d = row_data(st, 2);
		char *path = path_of(is_tip ? "/tips/%s/" : "/%s/", slug);

		ctx = json_pack("{s:s, s:s, s:s}", "titel", str(d, "titel"), "samenvatting", str(d, "samenvatting"),
			"tekst_html", (const char *)sqlite3_column_text(st, 3));
		if (is_tip)
			json_object_set_new(ctx, "andere", tip_list(s, 3, slug));
		rc = finish_page(s, ctx, path, is_tip ? "tip" : "pagina", str(d, "titel"), str(d, "samenvatting"),
		    is_tip ? "tips" : NULL,
		    is_tip ? site_crumbs(s, site_t(s, "nav_tips"), "/tips/", str(d, "titel"), NULL, NULL)
			   : site_crumbs(s, str(d, "titel"), NULL, NULL),
		    sqlite3_column_int64(st, 4));
		json_decref(d);
		free(path);
	}
	sqlite3_finalize(st);
	if (rc == 0) {
		ctx = json_pack("{s:o}", "items", tip_list(s, 0, NULL));
		rc = finish_page(s, ctx, "/tips/", "tips", site_t(s, "titel_tips"), NULL, "tips",
		    site_crumbs(s, site_t(s, "titel_tips"), NULL, NULL), 0);
	}
	return rc;
}

/* ---- materials ---- */

static void
size_text(struct buf *out, long long n)
{
	if (n < 1000)
		buf_printf(out, "%lld bytes", n);
	else if (n < 1000 * 1000)
		buf_printf(out, "%lld kB", (n + 500) / 1000);
	else
		buf_printf(out, "%.1f MB", (double)n / 1e6);
}

static const char *
type_key(const char *name)
{
	static const char *const exts[] = { "pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "doc",
		"xls", "csv", "txt", "png", "jpg", "jpeg", "svg", "zip", NULL };
	static char key[32];
	const char *dot = strrchr(name, '.');

	if (dot)
		for (int i = 0; exts[i]; i++)
			if (!strcasecmp(dot + 1, exts[i])) {
				snprintf(key, sizeof(key), "bestandstype_%s", exts[i]);
				return key;
			}
	return "bestandstype_anders";
}

static int
material_page(struct site *s, sqlite3_stmt *file, const char *slug, json_t *d, const char *html,
	long long updated)
{
	char *path = path_of("/materialen/%s/", slug);
	json_t *files = json_array(), *f, *ctx, *kind, *owner = site_org(s, str(d, "eigenaar"));
	struct buf rel = BUF_INIT, size = BUF_INIT;
	size_t i;
	int rc = 0;

	json_array_foreach(json_object_get(d, "bestanden"), i, f) {
		const char *name = str(f, "naam");
		char *url;

		buf_reset(&rel);
		buf_printf(&rel, "%s/%s", slug, name);
		sqlite3_reset(file);
		sqlite3_bind_text(file, 1, rel.data, -1, SQLITE_STATIC);
		if (sqlite3_step(file) != SQLITE_ROW)
			continue;
		buf_reset(&rel);
		buf_printf(&rel, "materialen/%s/%s", slug, name);
		rc = site_file(s, rel.data, sqlite3_column_blob(file, 0), (size_t)sqlite3_column_bytes(file, 0));
		if (rc)
			break;
		buf_reset(&size);
		size_text(&size, sqlite3_column_bytes(file, 0));
		buf_reset(&rel);
		buf_printf(&rel, "/materialen/%s/%s", slug, name);
		url = site_url(s, rel.data);
		json_array_append_new(files, json_pack("{s:s, s:s, s:s, s:s, s:s}",
			"titel", *str(f, "titel") ? str(f, "titel") : name, "naam", name, "url", url,
			"grootte_tekst", size.data, "type_tekst", site_t(s, type_key(name))));
		free(url);
	}
	kind = site_vocab_ref(s, "materiaalsoorten", str(d, "soort"), NULL);
	ctx = json_pack("{s:s, s:O, s:o, s:O, s:s, s:s, s:o}", "titel", str(d, "titel"),
		"soort", json_object_get(kind, "naam"),
		"doelgroep", names(s, json_object_get(d, "doelgroep"), "doelgroepen"),
		"eigenaar", owner ? owner : json_null(), "licentie", str(d, "licentie"),
		"beschrijving_html", html, "bestanden", files);
	json_decref(kind);
	if (rc == 0)
		rc = finish_page(s, ctx, path, "materiaal", str(d, "titel"), NULL, "materialen",
		    site_crumbs(s, site_t(s, "nav_materialen"), "/materialen/", str(d, "titel"), NULL, NULL),
		    updated);
	else
		json_decref(ctx);
	free(path);
	buf_release(&rel);
	buf_release(&size);
	return rc;
}

int
pages_materials(struct site *s)
{
	sqlite3_stmt *st = prepare(s, "SELECT slug, data, html, updated FROM entries WHERE type = 'materiaal'"
	    " ORDER BY json_extract(data, '$.titel') COLLATE NOCASE, slug");
	sqlite3_stmt *file = prepare(s, "SELECT blob FROM entries WHERE type = 'bestand' AND slug = ?1");
	json_t *items = json_array(), *ctx;
	int rc = 0;

	if (st == NULL || file == NULL) {
		rc = -1;
		goto out;
	}
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		json_t *d = row_data(st, 1);

		rc = material_page(s, file, slug, d, (const char *)sqlite3_column_text(st, 2),
		    sqlite3_column_int64(st, 3));
		json_array_append_new(items, material_summary(s, slug, d));
		json_decref(d);
	}
	if (rc == 0) {
		ctx = json_pack("{s:O}", "items", items);
		rc = finish_page(s, ctx, "/materialen/", "materialen", site_t(s, "titel_materialen"), NULL,
		    "materialen", site_crumbs(s, site_t(s, "titel_materialen"), NULL, NULL), 0);
	}
out:
	sqlite3_finalize(st);
	sqlite3_finalize(file);
	json_decref(items);
	return rc;
}

/* ---- home, search, 404 ---- */

int
pages_home(struct site *s)
{
	static const char newest_sql[] = "SELECT e.slug, e.data FROM vacancies v"
		" JOIN entries e ON e.type = 'vacature' AND e.slug = v.slug WHERE " LISTED_SQL
		" ORDER BY v.geplaatst DESC, v.slug LIMIT 6";
	sqlite3_stmt *st = prepare(s, newest_sql);
	sqlite3_stmt *ev = prepare(s, "SELECT slug, data FROM entries WHERE type = 'evenement'"
	    " AND substr(json_extract(data, '$.eind'), 1, 10) >= ?1 ORDER BY json_extract(data, '$.begin'), slug LIMIT 3");
	sqlite3_stmt *cnt = prepare(s, "SELECT count(*) FROM vacancies v WHERE " LISTED_SQL);
	json_t *newest = json_array(), *events = json_array(), *sectors = json_array(), *ctx, *item;
	json_t *counts = facet_counts(s);
	char *all = site_url(s, "/vacatures/"), *events_url = site_url(s, "/evenementen/");
	char *tips_url = site_url(s, "/tips/");
	long open = 0;
	size_t i;
	int rc = -1;

	if (st == NULL || ev == NULL || cnt == NULL)
		goto out;
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		json_t *d = row_data(st, 1);

		json_array_append_new(newest, site_card_item(s, (const char *)sqlite3_column_text(st, 0), d));
		json_decref(d);
	}
	sqlite3_bind_text(ev, 1, s->today, -1, SQLITE_STATIC);
	while (sqlite3_step(ev) == SQLITE_ROW) {
		json_t *d = row_data(ev, 1);

		json_array_append_new(events, event_summary(s, (const char *)sqlite3_column_text(ev, 0), d));
		json_decref(d);
	}
	sqlite3_bind_text(cnt, 1, s->today, -1, SQLITE_STATIC);
	if (sqlite3_step(cnt) == SQLITE_ROW)
		open = sqlite3_column_int(cnt, 0);
	json_array_foreach(vocab_items(&s->v, "sectoren"), i, item) {
		json_t *ref = site_vocab_ref(s, "sectoren", str(item, "slug"), "sector");

		json_object_set_new(ref, "aantal", json_integer(json_integer_value(
			json_object_get(json_object_get(counts, "sector"), str(item, "slug")))));
		json_array_append_new(sectors, ref);
	}
	ctx = json_pack("{s:I, s:O, s:O, s:o, s:O, s:s}", "aantal_open", (json_int_t)open,
		"nieuwste", newest, "evenementen", events, "tips", tip_list(s, 3, NULL),
		"sectoren", sectors, "alle_vacatures", all);
	json_object_set_new(ctx, "evenementen_url", json_string(events_url));
	json_object_set_new(ctx, "tips_url", json_string(tips_url));
	json_object_set_new(ctx, "pagina", site_meta(s, "/", str(s->v.site, "titel"), NULL, "website"));
	json_object_set_new(json_object_get(ctx, "pagina"), "feed", json_true());
	rc = finish_page(s, ctx, "/", "home", str(s->v.site, "titel"), NULL, NULL, json_array(), 0);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(ev);
	sqlite3_finalize(cnt);
	json_decref(newest);
	json_decref(events);
	json_decref(sectors);
	json_decref(counts);
	free(all);
	free(events_url);
	free(tips_url);
	return rc;
}

int
pages_search(struct site *s)
{
	json_t *counts = facet_counts(s);
	json_t *ctx = json_pack("{s:o}", "facetten", facet_blocks(s, counts, NULL, NULL));
	struct buf entries = BUF_INIT;

	json_decref(counts);
	/*
	 * The search index's entries, so the script starts on the term shards
	 * at once. The page is rendered on every build, after the index
	 * (build.c runs the phase "zoekindex" first), so it never carries
	 * another build's entries and needs no page key.
	 */
	if (search_entries(s, &entries) < 0) {
		json_decref(ctx);
		buf_release(&entries);
		return -1;
	}
	json_object_set_new(ctx, "zoekindex", json_stringn(entries.data, entries.len));
	buf_release(&entries);
	return finish_page(s, ctx, "/zoeken/", "zoeken", site_t(s, "titel_zoeken"), NULL, "zoeken",
	    site_crumbs(s, site_t(s, "titel_zoeken"), NULL, NULL), 0);
}

/*
 * The pages a web server shows for its own errors (the configurations in
 * tools/ point at them): 404 for a missing page, with a search form, and
 * for statuses the server answers itself (a malformed request, a
 * forbidden file, an upload over its limit, the admin down) a short Dutch
 * explanation in the site's layout instead of the server's English one.
 */
static const struct error_page {
	int status;
	const char *template;
} error_pages[] = {
	{ 404, "404" }, { 400, "fout" }, { 403, "fout" }, { 413, "fout" }, { 500, "fout" }, { 503, "fout" },
};

int
pages_404(struct site *s)
{
	for (size_t i = 0; i < sizeof(error_pages) / sizeof(error_pages[0]); i++) {
		const struct error_page *e = &error_pages[i];
		char path[32], key[32];
		json_t *ctx = json_object(), *meta;
		int rc;

		snprintf(path, sizeof(path), "/%d.html", e->status);
		snprintf(key, sizeof(key), "titel_%d", e->status);
		meta = site_meta(s, path, site_t(s, key), NULL, "website");
		json_object_set_new(meta, "noindex", json_true());
		json_object_set_new(ctx, "pagina", meta);
		json_object_set_new(ctx, "nav", site_nav(s, NULL));
		json_object_set_new(ctx, "kruimels", json_array());
		if (e->status != 404) {
			snprintf(key, sizeof(key), "fout_%d_uitleg", e->status);
			json_object_set_new(ctx, "uitleg", json_string(site_t(s, key)));
		}
		rc = site_page(s, path, e->template, ctx, 0, 0);
		json_decref(ctx);
		if (rc < 0)
			return rc;
	}
	return 0;
}
