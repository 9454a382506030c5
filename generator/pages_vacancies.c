/*
 * Vacancy pages and the vacancy list pages: /vacatures/, one list per
 * sector, level, kind, municipality and place, each paginated, plus a
 * page per vacancy with its JobPosting JSON-LD. Lists are streamed from
 * one query each and rendered a page at a time, so memory stays flat
 * whatever the number of vacancies.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "site.h"
#include "util.h"

static json_int_t
num(json_t *obj, const char *key)
{
	return json_integer_value(json_object_get(obj, key));
}

/* The status a pupil should see: open vacancies past their date or full say so. */
static const char *
effective_status(struct site *s, json_t *data)
{
	const char *status = str(data, "status");

	if (strcmp(status, "open"))
		return status;
	if (strcmp(str(data, "geldig_tot"), s->today) < 0)
		return "verlopen";
	if (num(data, "bezet") >= num(data, "plaatsen"))
		return "vol";
	return "open";
}

int
vacancy_listed(struct site *s, json_t *data)
{
	return !strcmp(effective_status(s, data), "open");
}

static json_t *
vocab_list(struct site *s, json_t *slugs, const char *vocab, const char *facet)
{
	json_t *out = json_array(), *item;
	size_t i;

	json_array_foreach(slugs, i, item)
		json_array_append_new(out, site_vocab_ref(s, vocab, json_string_value(item), facet));
	return out;
}

static char *
period_text(struct site *s, json_t *period)
{
	const char *van = str(period, "van"), *tot = str(period, "tot"), *om = str(period, "omschrijving");
	char *a = site_date_text(s, van), *b = site_date_text(s, tot), *dates = NULL;
	struct buf out = BUF_INIT;

	if (*van && *tot)
		dates = site_tf(s, "periode_van_tot", "van", a, "tot", b, NULL);
	else if (*van)
		dates = site_tf(s, "periode_vanaf", "van", a, NULL);
	else if (*tot)
		dates = site_tf(s, "periode_tot", "tot", b, NULL);
	if (dates)
		buf_puts(&out, dates);
	if (*om)
		buf_printf(&out, "%s%s", dates ? " · " : "", om);
	free(a);
	free(b);
	free(dates);
	return buf_detach(&out);
}

static json_t *
place_ref(struct site *s, const char *place_slug, json_t **gemeente)
{
	json_t *place = vocab_place(&s->v, place_slug);
	const char *g = str(place, "gemeente");
	struct buf path = BUF_INIT;
	char *url;
	json_t *ref;

	*gemeente = site_vocab_ref(s, "gemeenten", g, "gemeente");
	buf_printf(&path, "/vacatures/plaats/%s/", place_slug);
	url = site_url(s, path.data);
	ref = json_pack("{s:s, s:s, s:s}", "slug", place_slug,
		"naam", place ? str(place, "naam") : place_slug, "url", url);
	free(url);
	buf_release(&path);
	return ref;
}

json_t *
vacancy_summary(struct site *s, const char *slug, json_t *data)
{
	const char *status = effective_status(s, data);
	struct buf path = BUF_INIT;
	json_t *org = site_org(s, str(data, "organisatie")), *gemeente, *place;
	char key[32], *url, *posted, *period;
	json_t *v;

	buf_printf(&path, "/vacatures/%s/", slug);
	url = site_url(s, path.data);
	posted = site_date_text(s, str(data, "geplaatst"));
	period = period_text(s, json_object_get(data, "periode"));
	place = place_ref(s, str(data, "plaats"), &gemeente);
	snprintf(key, sizeof(key), "status_%s", status);
	v = json_pack("{s:s, s:s, s:O, s:o, s:o, s:o, s:o, s:o, s:s, s:I, s:s, s:s, s:s, s:s, s:b}",
		"url", url,
		"titel", str(data, "titel"),
		"organisatie", org ? org : json_null(),
		"plaats", place,
		"gemeente", gemeente,
		"sectoren", vocab_list(s, json_object_get(data, "sectoren"), "sectoren", "sector"),
		"niveaus", vocab_list(s, json_object_get(data, "niveaus"), "niveaus", "niveau"),
		"soort", site_vocab_ref(s, "soorten", str(data, "soort"), "soort"),
		"periode_tekst", period,
		"vrij", num(data, "plaatsen") - num(data, "bezet"),
		"geplaatst", str(data, "geplaatst"),
		"geplaatst_tekst", posted,
		"status", status,
		"status_label", site_t(s, key),
		"gesloten", strcmp(status, "open") != 0);
	free(url);
	free(posted);
	free(period);
	buf_release(&path);
	return v;
}

/* schema.org JobPosting, as Google and the Dutch job boards read it. */
static json_t *
job_posting(struct site *s, const char *slug, json_t *data, const char *html, json_t *sum)
{
	json_t *place = vocab_place(&s->v, str(data, "plaats"));
	json_t *gemeente = vocab_find(&s->v, "gemeenten", str(place, "gemeente"));
	json_t *edu = json_array(), *item, *address;
	struct buf path = BUF_INIT, valid = BUF_INIT;
	char *url, *org_url;
	size_t i;
	json_t *jp;

	json_array_foreach(json_object_get(data, "niveaus"), i, item) {
		json_t *lvl = vocab_find(&s->v, "niveaus", json_string_value(item));

		json_array_append_new(edu, json_pack("{s:s, s:s}", "@type", "EducationalOccupationalCredential",
			"credentialCategory", lvl ? str(lvl, "naam") : json_string_value(item)));
	}
	buf_printf(&path, "/vacatures/%s/", slug);
	url = site_abs_url(s, path.data);
	buf_reset(&path);
	buf_printf(&path, "/organisaties/%s/", str(data, "organisatie"));
	org_url = site_abs_url(s, path.data);
	buf_printf(&valid, "%sT23:59:59", str(data, "geldig_tot"));
	address = json_pack("{s:s, s:s, s:s}", "@type", "PostalAddress",
		"addressLocality", str(place, "naam"), "addressCountry", "NL");
	if (gemeente && *str(gemeente, "provincie"))
		json_object_set_new(address, "addressRegion", json_string(str(gemeente, "provincie")));
	if (json_is_true(json_object_get(data, "adres_tonen")) && *str(data, "adres"))
		json_object_set_new(address, "streetAddress", json_string(str(data, "adres")));
	jp = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:{s:s, s:s, s:s}, s:{s:s, s:o}, s:o}",
		"@context", "https://schema.org",
		"@type", "JobPosting",
		"title", str(data, "titel"),
		"description", html,
		"datePosted", str(data, "geplaatst"),
		"validThrough", valid.data,
		"employmentType", "INTERN",
		"url", url,
		"hiringOrganization", "@type", "Organization",
		    "name", str(json_object_get(sum, "organisatie"), "naam"), "url", org_url,
		"jobLocation", "@type", "Place", "address", address,
		"educationRequirements", edu);
	if (json_object_get(data, "uren_per_week"))
		json_object_set_new(jp, "workHours", json_sprintf("%d uur per week",
			(int)num(data, "uren_per_week")));
	json_object_set_new(jp, "totalJobOpenings", json_integer(num(data, "plaatsen")));
	free(url);
	free(org_url);
	buf_release(&path);
	buf_release(&valid);
	return jp;
}

/*
 * Up to four open vacancies like this one: the newest of its main sector
 * in its own municipality, then the newest of that sector elsewhere. Two
 * short walks down vacancies_sector, so a page costs the same at any N.
 * Calls fn for each with the row (slug, entry digest).
 */
static void
similar_walk(struct site *s, const char *slug, const char *sector, const char *gemeente,
	void (*fn)(struct site *, sqlite3_stmt *, void *), void *arg)
{
	static const char *const sql[2] = {
		"SELECT v.slug, v.digest FROM vacancies v"
		" WHERE v.sector = ?2 AND v.gemeente = ?3 AND v.slug <> ?4 AND " LISTED_FILTER_SQL
		" ORDER BY v.geplaatst DESC, v.slug LIMIT ?5",
		"SELECT v.slug, v.digest FROM vacancies v"
		" WHERE v.sector = ?2 AND v.gemeente <> ?3 AND v.slug <> ?4 AND " LISTED_FILTER_SQL
		" ORDER BY v.geplaatst DESC, v.slug LIMIT ?5",
	};
	int found = 0;

	for (int pass = 0; pass < 2 && found < 4; pass++) {
		sqlite3_stmt *st = NULL;

		if (sqlite3_prepare_v2(s->db, sql[pass], -1, &st, NULL) != SQLITE_OK)
			break;
		sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, sector, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, gemeente, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, slug, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, 4 - found);
		while (sqlite3_step(st) == SQLITE_ROW) {
			fn(s, st, arg);
			found++;
		}
		sqlite3_finalize(st);
	}
}

static void
add_card(struct site *s, sqlite3_stmt *row, void *list)
{
	json_array_append_new(list, site_card_item(s, (const char *)sqlite3_column_text(row, 0), NULL));
}

static void
add_to_key(struct site *s, sqlite3_stmt *row, void *arg)
{
	(void)arg;
	site_key_add(s, (const char *)sqlite3_column_text(row, 0));
	site_key_add(s, (const char *)sqlite3_column_text(row, 1));
}

static json_t *
similar(struct site *s, const char *slug, json_t *data)
{
	const char *sector = json_string_value(json_array_get(json_object_get(data, "sectoren"), 0));
	json_t *list = json_array();

	similar_walk(s, slug, sector ? sector : "", str(vocab_place(&s->v, str(data, "plaats")), "gemeente"),
	    add_card, list);
	return list;
}

static json_t *
react_info(struct site *s, json_t *data, json_t *sum)
{
	json_t *r = json_object_get(data, "reageren");
	const char *via = str(r, "via");
	char key[32], *uitleg;
	json_t *out;

	snprintf(key, sizeof(key), "reageren_%s", via);
	uitleg = site_tf(s, key, "organisatie", str(json_object_get(sum, "organisatie"), "naam"),
	    "regio", str(s->v.site, "regio"), NULL);
	out = json_pack("{s:s, s:s}", "via", via, "uitleg", uitleg);
	if (*str(r, "naam"))
		json_object_set_new(out, "naam", json_string(str(r, "naam")));
	if (*str(r, "email"))
		json_object_set_new(out, "email", json_string(str(r, "email")));
	/* Hosts are not to be flooded with calls: their number shows only when they ask for it. */
	if (!strcmp(via, "direct") && *str(r, "telefoon")) {
		char *tel = site_tel_url(str(r, "telefoon"));

		json_object_set_new(out, "telefoon", json_string(str(r, "telefoon")));
		json_object_set_new(out, "telefoon_url", json_string(tel));
		free(tel);
	}
	free(uitleg);
	return out;
}

static int
vacancy_page(struct site *s, const char *slug, json_t *data, const char *html, long long updated)
{
	json_t *ctx = vacancy_summary(s, slug, data), *jsonld;
	struct buf path = BUF_INIT, ld = BUF_INIT;
	int closed = json_is_true(json_object_get(ctx, "gesloten"));
	char *valid = site_date_text(s, str(data, "geldig_tot"));
	char *checked = site_date_text(s, str(data, "geverifieerd"));
	json_t *meta;
	int rc;

	buf_printf(&path, "/vacatures/%s/", slug);
	json_object_set_new(ctx, "beschrijving_html", json_string(html));
	if (json_is_true(json_object_get(data, "adres_tonen")) && *str(data, "adres"))
		json_object_set_new(ctx, "adres", json_string(str(data, "adres")));
	json_object_set(ctx, "vorm", json_object_get(data, "vorm"));
	json_object_set_new(ctx, "groep", json_boolean(!strcmp(str(data, "vorm"), "groep")));
	if (json_object_get(data, "groepsgrootte"))
		json_object_set(ctx, "groepsgrootte", json_object_get(data, "groepsgrootte"));
	if (json_object_get(data, "uren_per_week"))
		json_object_set(ctx, "uren_per_week", json_object_get(data, "uren_per_week"));
	json_object_set(ctx, "plaatsen", json_object_get(data, "plaatsen"));
	json_object_set(ctx, "bezet", json_object_get(data, "bezet"));
	if (*str(data, "begeleiding"))
		json_object_set_new(ctx, "begeleiding", json_string(str(data, "begeleiding")));
	json_object_set_new(ctx, "geschiktheid", vocab_list(s, json_object_get(data, "geschiktheid"),
		"geschiktheid", NULL));
	json_object_set(ctx, "sbb_erkend", json_object_get(data, "sbb_erkend"));
	json_object_set_new(ctx, "interesses", json_object_get(data, "interesses") ?
	    json_incref(json_object_get(data, "interesses")) : json_array());
	json_object_set_new(ctx, "reageren", react_info(s, data, ctx));
	json_object_set_new(ctx, "geldig_tot", json_string(str(data, "geldig_tot")));
	json_object_set_new(ctx, "geldig_tot_tekst", json_string(valid));
	if (*str(data, "geverifieerd")) {
		json_object_set_new(ctx, "geverifieerd", json_string(str(data, "geverifieerd")));
		json_object_set_new(ctx, "geverifieerd_tekst", json_string(checked));
	}
	if (closed) {
		char key[40];

		snprintf(key, sizeof(key), "gesloten_%s", str(ctx, "status"));
		json_object_set_new(ctx, "gesloten_reden", json_string(site_t(s, key)));
		json_object_set_new(ctx, "vergelijkbaar", similar(s, slug, data));
	}
	meta = site_meta(s, path.data, str(data, "titel"), NULL, "article");
	{
		char *desc = site_tf(s, "vacature_beschrijving", "titel", str(data, "titel"),
		    "organisatie", str(json_object_get(ctx, "organisatie"), "naam"),
		    "plaats", str(json_object_get(ctx, "plaats"), "naam"), NULL);

		json_object_set_new(meta, "beschrijving", json_string(desc));
		free(desc);
	}
	/* A posting that is no longer open is not a job offer for search engines. */
	if (!closed) {
		jsonld = job_posting(s, slug, data, html, ctx);
		escape_json_script(&ld, jsonld);
		json_decref(jsonld);
		json_object_set_new(meta, "jsonld", json_string(ld.data));
	}
	json_object_set_new(ctx, "pagina", meta);
	json_object_set_new(ctx, "nav", site_nav(s, "vacatures"));
	json_object_set_new(ctx, "kruimels", site_crumbs(s, site_t(s, "nav_vacatures"), "/vacatures/",
		str(data, "titel"), NULL, NULL));
	rc = site_page(s, path.data, "vacature", ctx, updated, 1);
	json_decref(ctx);
	free(valid);
	free(checked);
	buf_release(&path);
	buf_release(&ld);
	return rc;
}

int
pages_vacancy_one(struct site *s, const char *slug)
{
	sqlite3_stmt *st = NULL;
	int rc = 0;

	if (sqlite3_prepare_v2(s->db, "SELECT e.data, e.html, e.updated FROM entries e JOIN vacancies v"
	    " ON v.slug = e.slug WHERE e.type = 'vacature' AND e.slug = ? AND v.status <> 'concept'",
	    -1, &st, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(s->db));
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		json_t *data = json_loads((const char *)sqlite3_column_text(st, 0), 0, NULL);

		rc = vacancy_page(s, slug, data, (const char *)sqlite3_column_text(st, 1), sqlite3_column_int64(st, 2));
		json_decref(data);
	}
	sqlite3_finalize(st);
	return rc;
}

/*
 * Vacancy pages per chunk: both build processes take chunks until none is
 * left (build.c). Small enough that the sample region (201 vacancies) is
 * shared too, so its tests cover it.
 */
#define VACANCY_CHUNK 64

/*
 * The pages of the chunk of vacancies that starts at slug lo. A page shows
 * its own entry and, once closed, the similar open ones; when none of
 * those changed since it was rendered, it is left as it is.
 */
static int
vacancy_chunk(struct site *s, sqlite3_stmt *st, sqlite3_stmt *one, const char *lo)
{
	struct buf path = BUF_INIT;
	int rc = 0;

	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, lo, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, VACANCY_CHUNK);
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		long long updated = sqlite3_column_int64(st, 2);
		json_t *data;

		buf_reset(&path);
		buf_printf(&path, "/vacatures/%s/", slug);
		site_key_begin(s, path.data);
		site_key_add(s, (const char *)sqlite3_column_text(st, 1));
		if (!sqlite3_column_int(st, 5))
			similar_walk(s, slug, (const char *)sqlite3_column_text(st, 3),
			    (const char *)sqlite3_column_text(st, 4), add_to_key, NULL);
		if (site_page_current(s, path.data, updated, 1))
			continue;
		sqlite3_bind_text(one, 1, slug, -1, SQLITE_STATIC);
		if (sqlite3_step(one) == SQLITE_ROW) {
			data = json_loads((const char *)sqlite3_column_text(one, 0), 0, NULL);
			rc = vacancy_page(s, slug, data, (const char *)sqlite3_column_text(one, 1), updated);
			json_decref(data);
		}
		sqlite3_reset(one);
	}
	sqlite3_reset(st);
	buf_release(&path);
	return rc;
}

/*
 * Every vacancy's page, in chunks of VACANCY_CHUNK slugs. Each process
 * finds the same chunk boundaries in the same snapshot and renders the
 * chunks it claims (site_claim_chunk), each with its own part of the
 * sitemap, so the sitemap comes out in slug order however the chunks
 * were shared.
 */
static int
vacancy_pages(struct site *s)
{
	/*
	 * The entry's digest and time are in vacancies too: no entry is read
	 * for the keys. A chunk is the VACANCY_CHUNK rows from its first slug,
	 * of the same rows the chunk starts are taken from.
	 */
	static const char sql[] = "SELECT v.slug, v.digest, v.updated, v.sector, v.gemeente, " LISTED_SQL
		" FROM vacancies v WHERE v.status <> 'concept' AND v.slug >= ?2 ORDER BY v.slug LIMIT ?3";
	sqlite3_stmt *bounds = NULL, *chunk = NULL, *one = NULL;
	char **lo = NULL;
	size_t n = 0, rows = 0;
	long k;
	int rc = 0;

	if (sqlite3_prepare_v2(s->db, "SELECT slug FROM vacancies WHERE status <> 'concept' ORDER BY slug",
	    -1, &bounds, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, sql, -1, &chunk, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT data, html FROM entries WHERE type = 'vacature' AND slug = ?",
	    -1, &one, NULL) != SQLITE_OK) {
		rc = error("index: %s", sqlite3_errmsg(s->db));
		goto out;
	}
	while (sqlite3_step(bounds) == SQLITE_ROW)
		if (rows++ % VACANCY_CHUNK == 0) {
			lo = xrealloc(lo, (n + 1) * sizeof(*lo));
			lo[n++] = xstrdup((const char *)sqlite3_column_text(bounds, 0));
		}
	site_chunks_begin(s, n);
	while (rc == 0 && (k = site_claim_chunk(s)) >= 0) {
		s->sitemap_part = &s->chunk_parts[k];
		rc = vacancy_chunk(s, chunk, one, lo[k]);
	}
out:
	for (size_t i = 0; i < n; i++)
		free(lo[i]);
	free(lo);
	sqlite3_finalize(bounds);
	sqlite3_finalize(chunk);
	sqlite3_finalize(one);
	return rc;
}

/* The facets shown beside every list: value counts of listed vacancies. */
static const struct facet_kind {
	const char *facet;	/* in URLs and the facets table */
	const char *vocab;
	const char *label_key;
	int sidebar;		/* shown in the filter lists */
} facet_kinds[] = {
	{ "sector", "sectoren", "facet_sector", 1 },
	{ "niveau", "niveaus", "facet_niveau", 1 },
	{ "soort", "soorten", "facet_soort", 1 },
	{ "gemeente", "gemeenten", "facet_gemeente", 1 },
	{ "plaats", NULL, "facet_plaats", 0 },
};

static json_t *count_facets(struct site *s);

/* Computed once per build (a pass over every facet row) and shared by its callers. */
json_t *
facet_counts(struct site *s)
{
	if (s->counts == NULL)
		s->counts = count_facets(s);
	return json_incref(s->counts);
}

static json_t *
count_facets(struct site *s)
{
	static const char sql[] = "SELECT f.facet, f.value, count(*) FROM facets f"
		" JOIN vacancies v ON v.slug = f.slug WHERE " LISTED_SQL " GROUP BY f.facet, f.value";
	json_t *counts = json_object();
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return counts;
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *facet = (const char *)sqlite3_column_text(st, 0);
		json_t *per = json_object_get(counts, facet);

		if (per == NULL)
			json_object_set_new(counts, facet, per = json_object());
		json_object_set_new(per, (const char *)sqlite3_column_text(st, 1),
		    json_integer(sqlite3_column_int(st, 2)));
	}
	sqlite3_finalize(st);
	return counts;
}

/*
 * Filter link lists; current marks the facet value being shown. With
 * counts, the values with open vacancies and their numbers; without, every
 * value of the vocabulary.
 */
json_t *
facet_blocks(struct site *s, json_t *counts, const char *cur_facet, const char *cur_value)
{
	json_t *blocks = json_array();

	for (size_t k = 0; k < sizeof(facet_kinds) / sizeof(facet_kinds[0]); k++) {
		const struct facet_kind *fk = &facet_kinds[k];
		json_t *values, *item;
		size_t i;

		if (!fk->sidebar)
			continue;
		values = json_array();
		json_array_foreach(vocab_items(&s->v, fk->vocab), i, item) {
			const char *slug = str(item, "slug");
			json_int_t n = json_integer_value(json_object_get(json_object_get(counts, fk->facet), slug));
			json_t *ref;

			if (counts && n == 0)
				continue;
			ref = site_vocab_ref(s, fk->vocab, slug, fk->facet);
			if (counts)
				json_object_set_new(ref, "aantal", json_integer(n));
			json_object_set_new(ref, "huidig", json_boolean(cur_facet &&
				!strcmp(cur_facet, fk->facet) && !strcmp(cur_value, slug)));
			json_array_append_new(values, ref);
		}
		json_array_append_new(blocks, json_pack("{s:s, s:s, s:o}", "naam", site_t(s, fk->label_key),
			"slug", fk->facet, "waarden", values));
	}
	return blocks;
}

void
site_list_page(struct site *s, const char *base, const char *title, long page, long pages,
	struct buf *path, struct buf *page_title)
{
	if (page == 1)
		buf_puts(path, base);
	else
		buf_printf(path, "%spagina/%ld/", base, page);
	buf_puts(page_title, title);
	if (page > 1) {
		char n[24], t[24], *suffix;

		snprintf(n, sizeof(n), "%ld", page);
		snprintf(t, sizeof(t), "%ld", pages);
		suffix = site_tf(s, "pagina_van", "nummer", n, "totaal", t, NULL);
		buf_printf(page_title, " (%s)", suffix);
		free(suffix);
	}
}

json_t *
site_pagination(struct site *s, const char *base, long page, long pages)
{
	json_t *p, *list;
	struct buf path = BUF_INIT;
	char *url;

	if (pages <= 1)
		return NULL;
	list = json_array();
	for (long i = 1; i <= pages; i++) {
		/* Long lists show the first, last and nearby pages only. */
		if (!(i == 1 || i == pages || (i >= page - 2 && i <= page + 2)))
			continue;
		buf_reset(&path);
		if (i == 1)
			buf_puts(&path, base);
		else
			buf_printf(&path, "%spagina/%ld/", base, i);
		url = site_url(s, path.data);
		json_array_append_new(list, json_pack("{s:I, s:s, s:b}", "nummer", (json_int_t)i,
				"url", url, "huidig", i == page));
		free(url);
	}
	p = json_pack("{s:I, s:I, s:o}", "huidige", (json_int_t)page, "totaal", (json_int_t)pages,
		"paginas", list);
	if (page > 1) {
		buf_reset(&path);
		if (page == 2)
			buf_puts(&path, base);
		else
			buf_printf(&path, "%spagina/%ld/", base, page - 1);
		url = site_url(s, path.data);
		json_object_set_new(p, "vorige", json_pack("{s:s}", "url", url));
		free(url);
	}
	if (page < pages) {
		buf_reset(&path);
		buf_printf(&path, "%spagina/%ld/", base, page + 1);
		url = site_url(s, path.data);
		json_object_set_new(p, "volgende", json_pack("{s:s}", "url", url));
		free(url);
	}
	buf_release(&path);
	return p;
}

/* One list: a title, a query yielding (slug, data, updated) in order, and where it lives. */
struct list_spec {
	const char *base;	/* "/vacatures/" or "/vacatures/sector/zorg/" */
	const char *title;
	const char *intro;
	const char *crumb;	/* label of the list in the breadcrumbs (NULL: title) */
	sqlite3_stmt *query;	/* borrowed, bound */
	long total;
	json_t *facets;		/* borrowed: with counts, for the first page */
	json_t *facets_plain;	/* borrowed: without counts, for the others */
	const char *facets_key;	/* the facets of the page being made as text, for its key */
};

static int
emit_list_page(struct site *s, struct list_spec *ls, json_t *items, long page, long pages,
	long long updated)
{
	struct buf path = BUF_INIT, title = BUF_INIT;
	json_t *ctx, *pag = site_pagination(s, ls->base, page, pages);
	int rc;

	site_list_page(s, ls->base, ls->title, page, pages, &path, &title);
	ctx = json_pack("{s:{s:s, s:s, s:I, s:O}, s:O, s:b}",
		"lijst", "titel", title.data, "intro", ls->intro ? ls->intro : "",
		"aantal", (json_int_t)ls->total, "items", items,
		"facetten", page == 1 ? ls->facets : ls->facets_plain, "leeg", ls->total == 0);
	if (pag)
		json_object_set_new(json_object_get(ctx, "lijst"), "paginering", pag);
	json_object_set_new(ctx, "pagina", site_meta(s, path.data, title.data, ls->intro, "website"));
	json_object_set_new(ctx, "nav", site_nav(s, "vacatures"));
	if (!strcmp(ls->base, "/vacatures/"))
		json_object_set_new(ctx, "kruimels", site_crumbs(s, title.data, NULL, NULL));
	else
		json_object_set_new(ctx, "kruimels", site_crumbs(s, site_t(s, "nav_vacatures"), "/vacatures/",
			title.data, NULL, NULL));
	rc = site_page(s, path.data, "vacatures", ctx, updated, 1);
	json_decref(ctx);
	buf_release(&path);
	buf_release(&title);
	return rc;
}

/* A list page's items as the query gave them: slug, entry digest, time changed. */
struct list_row {
	char *slug;
	char digest[DIGEST_HEX];
	long long updated;
};

/* Renders one page of rows unless its key says it is current. */
static int
list_page(struct site *s, struct list_spec *ls, struct list_row *rows, long n,
	long page, long pages)
{
	struct buf path = BUF_INIT;
	long long newest = 0;
	json_t *items;
	int rc;

	if (page == 1)
		buf_puts(&path, ls->base);
	else
		buf_printf(&path, "%spagina/%ld/", ls->base, page);
	site_key_begin(s, path.data);
	site_key_int(s, pages);
	site_key_int(s, ls->total);
	site_key_add(s, ls->title);
	site_key_add(s, ls->intro);
	site_key_add(s, ls->facets_key);
	for (long i = 0; i < n; i++) {
		site_key_add(s, rows[i].slug);
		site_key_add(s, rows[i].digest);
		if (rows[i].updated > newest)
			newest = rows[i].updated;
	}
	if (site_page_current(s, path.data, newest, 1)) {
		buf_release(&path);
		return 0;
	}
	buf_release(&path);
	items = json_array();
	for (long i = 0; i < n; i++)
		json_array_append_new(items, site_card_item(s, rows[i].slug, NULL));
	rc = emit_list_page(s, ls, items, page, pages, newest);
	json_decref(items);
	return rc;
}

/* Streams the query (slug, digest, updated) into pages of per_pagina items. */
static int
emit_list(struct site *s, struct list_spec *ls)
{
	long per = (long)json_integer_value(json_object_get(s->v.site, "per_pagina"));
	long pages = ls->total ? (ls->total + per - 1) / per : 1, page = 1, n = 0;
	struct list_row *rows = xcalloc((size_t)per, sizeof(*rows));
	/*
	 * Counts change whenever a vacancy opens or closes; shown on the first
	 * page of each list only, they leave the other pages of unaffected
	 * lists as they were.
	 */
	char *facets = json_dumps(ls->facets, JSON_COMPACT), *plain = json_dumps(ls->facets_plain, JSON_COMPACT);
	int rc = 0;

	while (rc == 0 && sqlite3_step(ls->query) == SQLITE_ROW) {
		struct list_row *r = &rows[n++];

		free(r->slug);
		r->slug = xstrdup((const char *)sqlite3_column_text(ls->query, 0));
		snprintf(r->digest, sizeof(r->digest), "%s", (const char *)sqlite3_column_text(ls->query, 1));
		r->updated = sqlite3_column_int64(ls->query, 2);
		if (n == per) {
			ls->facets_key = page == 1 ? facets : plain;
			rc = list_page(s, ls, rows, n, page++, pages);
			n = 0;
		}
	}
	ls->facets_key = page == 1 ? facets : plain;
	if (rc == 0 && (n > 0 || page == 1))
		rc = list_page(s, ls, rows, n, page, pages);
	for (long i = 0; i < per; i++)
		free(rows[i].slug);
	free(rows);
	free(facets);
	free(plain);
	sqlite3_reset(ls->query);
	return rc;
}

static int
all_list(struct site *s, json_t *counts)
{
	static const char sql[] = "SELECT v.slug, v.digest, v.updated FROM vacancies v WHERE " LISTED_SQL
		" ORDER BY v.geplaatst DESC, v.slug";
	struct list_spec ls = { .base = "/vacatures/" };
	sqlite3_stmt *st = NULL, *cnt = NULL;
	char n[24], *intro;
	int rc;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT count(*) FROM vacancies v WHERE " LISTED_SQL, -1, &cnt,
	    NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return error("index: %s", sqlite3_errmsg(s->db));
	}
	sqlite3_bind_text(cnt, 1, s->today, -1, SQLITE_STATIC);
	if (sqlite3_step(cnt) == SQLITE_ROW)
		ls.total = sqlite3_column_int(cnt, 0);
	sqlite3_finalize(cnt);
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	snprintf(n, sizeof(n), "%ld", ls.total);
	intro = site_tf(s, "lijst_alle_intro", "aantal", n, "regio", str(s->v.site, "regio"), NULL);
	ls.title = site_t(s, "lijst_alle");
	ls.intro = intro;
	ls.query = st;
	ls.facets = facet_blocks(s, counts, NULL, NULL);
	ls.facets_plain = facet_blocks(s, NULL, NULL, NULL);
	rc = emit_list(s, &ls);
	json_decref(ls.facets);
	json_decref(ls.facets_plain);
	free(intro);
	sqlite3_finalize(st);
	return rc;
}

static int
facet_lists(struct site *s, json_t *counts)
{
	/* CROSS JOIN: walk the facet's own rows, then look each vacancy up. */
	static const char sql[] = "SELECT v.slug, v.digest, v.updated FROM facets f"
		" CROSS JOIN vacancies v ON v.slug = f.slug"
		" WHERE f.facet = ?2 AND f.value = ?3 AND " LISTED_FILTER_SQL " ORDER BY v.geplaatst DESC, v.slug";
	sqlite3_stmt *st = NULL;
	int rc = 0;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(s->db));
	for (size_t k = 0; rc == 0 && k < sizeof(facet_kinds) / sizeof(facet_kinds[0]); k++) {
		const struct facet_kind *fk = &facet_kinds[k];
		json_t *values, *item;
		const char *key;
		size_t i;
		char title_key[32], intro_key[40];

		/* Every vocabulary value gets its page, even while it is empty: URLs stay valid. */
		if (fk->vocab) {
			values = json_incref(vocab_items(&s->v, fk->vocab));
		} else {
			values = json_array();
			json_object_foreach(s->v.places, key, item)
				json_array_append(values, item);
		}
		snprintf(title_key, sizeof(title_key), "lijst_%s", fk->facet);
		snprintf(intro_key, sizeof(intro_key), "lijst_%s_intro", fk->facet);
		json_array_foreach(values, i, item) {
			const char *slug = str(item, "slug");
			struct list_spec ls = { 0 };
			struct buf base = BUF_INIT;
			char n[24], *title, *intro;

			ls.total = (long)json_integer_value(json_object_get(json_object_get(counts, fk->facet), slug));
			snprintf(n, sizeof(n), "%ld", ls.total);
			title = site_tf(s, title_key, "naam", str(item, "naam"), NULL);
			intro = site_tf(s, intro_key, "naam", str(item, "naam"), "aantal", n, NULL);
			buf_printf(&base, "/vacatures/%s/%s/", fk->facet, slug);
			sqlite3_reset(st);
			sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, fk->facet, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, slug, -1, SQLITE_TRANSIENT);
			ls.base = base.data;
			ls.title = title;
			ls.intro = intro;
			ls.query = st;
			ls.facets = facet_blocks(s, counts, fk->facet, slug);
			ls.facets_plain = facet_blocks(s, NULL, fk->facet, slug);
			rc = emit_list(s, &ls);
			json_decref(ls.facets);
			json_decref(ls.facets_plain);
			free(title);
			free(intro);
			buf_release(&base);
			if (rc)
				break;
		}
		json_decref(values);
	}
	sqlite3_finalize(st);
	return rc;
}

int
pages_vacancies(struct site *s)
{
	return vacancy_pages(s);
}

int
pages_vacancy_lists(struct site *s)
{
	json_t *counts = facet_counts(s);
	int rc;

	rc = all_list(s, counts);
	if (rc == 0)
		rc = facet_lists(s, counts);
	json_decref(counts);
	return rc;
}
