/*
 * What the build modules share while generating one site: the index, the
 * vocabularies and theme, the output folder, and the record of every file
 * written (for the sitemap and for removing stale files). Internal to the
 * generator: build.c owns it; pages_*.c and feeds.c fill the site.
 */
#ifndef SB_SITE_H
#define SB_SITE_H

#include <jansson.h>
#include <sqlite3.h>
#include <time.h>

#include "build.h"
#include "digest.h"
#include "theme.h"
#include "vocab.h"

struct site {
	struct index *ix;	/* borrowed */
	sqlite3 *db;		/* borrowed: index_db(ix) */
	struct vocabs v;	/* owned: vocabularies and site.yaml */
	struct theme *theme;	/* owned */
	json_t *common;		/* owned: site, t; shared by every page context */
	/*
	 * owned: organisation slug -> {naam, url}. A full build loads every
	 * one (the global key digests them); one page (the admin's fast path)
	 * only those site_org() is asked for, plus null for unknown slugs.
	 */
	json_t *orgs;
	int orgs_complete;
	json_t *counts;		/* owned: facet_counts(), once computed */
	json_t *navs;		/* owned: section -> site_nav(), made once each */
	const char *out;	/* borrowed: output directory */
	char today[11];		/* YYYY-MM-DD */
	char prefix[256];	/* URL path prefix from basis_url ("" or "/sub") */
	const char *base_url;	/* borrowed: basis_url from site.yaml */
	long long commit_time;	/* time of the indexed commit */
	json_t *produced;	/* owned: set of relative paths written this build */
	struct buf sitemap;	/* <url> elements, one per page, in build order */
	struct buf *sitemap_part;	/* where pages add theirs: the running phase's part */
	long sitemap_urls;
	struct buf page, path;	/* scratch */
	struct build_stats *st;

	/* Page keys: a page whose inputs are those it was last rendered from is not rendered again. */
	char global[DIGEST_HEX];	/* what every page depends on: theme, vocabularies, date... */
	int force;		/* render every page */
	struct timespec started;	/* when the build took its snapshot (0: not a full build) */
	char snapshot[41];	/* the commit of that snapshot */
	struct digest key;	/* the key of the page being considered */
	char key_hex[DIGEST_HEX];
	struct buf key_path;	/* the page site_page is to record key_hex for, or empty */
	sqlite3_stmt *key_lookup;
	struct buf new_keys;	/* "path\0key\0" of every page rendered with a key */

	struct cards *cards;	/* owned: the cards rendered so far (cards.c) */

	/*
	 * A phase both processes share (the vacancy pages) is cut into
	 * chunks: each process claims the next one until none is left, and
	 * keeps each chunk's part of the sitemap, put in order at the end.
	 */
	int *next_chunk;	/* shared by the two processes (mmap), or NULL: one process */
	long local_next;	/* the next chunk when there is one process */
	struct buf *chunk_parts;	/* owned: nchunks sitemap parts */
	size_t nchunks;
};

/* Root-relative URL of a site path ("/vacatures/x/"), with the prefix. New string. */
char *site_url(struct site *s, const char *path);
/* Absolute URL (basis_url + path). New string. */
char *site_abs_url(struct site *s, const char *path);
/* The organisation {naam, url} of slug, or NULL when there is none. Borrowed. */
json_t *site_org(struct site *s, const char *slug);
/* A locale string (borrowed). */
const char *site_t(struct site *s, const char *key);
/* A locale string with "{name}" placeholders replaced by values, pairs NULL-ended; new string. */
char *site_tf(struct site *s, const char *key, ...) __attribute__((sentinel));

/* "tel:+31522123456" for a Dutch phone number as people write it. New string. */
char *site_tel_url(const char *phone);
/* "3 december 2026" for "2026-12-03" (or its date-time). New string. */
char *site_date_text(struct site *s, const char *iso);

/*
 * Renders template (wrapped by the layout through inheritance) with ctx
 * merged over the common context, and writes it to the page URL path
 * ("/vacatures/x/" -> out/vacatures/x/index.html). updated is the time
 * for the sitemap's lastmod (0: none); sitemap 0 leaves the page out.
 * ctx is borrowed.
 */
int site_page(struct site *s, const char *url_path, const char *template, json_t *ctx,
	long long updated, int sitemap);
/*
 * Page keys, for the pages that are many (a vacancy's, a list's, an
 * organisation's). A builder starts the key with the page's URL path,
 * adds every input the page shows beyond the site-wide ones (entry
 * digests, counts, page numbers), then asks site_page_current(): when the
 * page was last rendered from the same key and its file is still there,
 * it counts as written (and in the sitemap) and need not be rendered;
 * otherwise the builder renders it with site_page(), which records the key.
 */
void site_key_begin(struct site *s, const char *url_path);
void site_key_add(struct site *s, const char *text);
void site_key_int(struct site *s, long long n);
int site_page_current(struct site *s, const char *url_path, long long updated, int sitemap);
/* Starts a shared phase of n chunks; then site_claim_chunk() gives each chunk to one process. */
void site_chunks_begin(struct site *s, size_t n);
/* The next chunk for this process to make (it has s->chunk_parts[k] for its sitemap), or -1. */
long site_claim_chunk(struct site *s);
/* Writes a non-HTML file at a path relative to the output folder. */
int site_file(struct site *s, const char *rel, const void *data, size_t len);

/* Breadcrumbs [{label, url}] home first, then pairs label, url (url may be NULL), NULL-ended. */
json_t *site_crumbs(struct site *s, ...) __attribute__((sentinel));
/* The navigation, with section current marked ("vacatures", ...). */
json_t *site_nav(struct site *s, const char *section);
/* {titel, beschrijving, canoniek, og_type} for a page. */
json_t *site_meta(struct site *s, const char *url_path, const char *title, const char *description,
	const char *og_type);

/* The URL path of page of a paginated list under base, and its title with "(pagina n van N)". */
void site_list_page(struct site *s, const char *base, const char *title, long page, long pages,
	struct buf *path, struct buf *page_title);
/* Pagination links (shape "paginering") for page of pages under base ("/vacatures/"); NULL for one page. */
json_t *site_pagination(struct site *s, const char *base, long page, long pages);

/* The vocabulary item's {naam, url} for a list page base ("sector"), or {naam}. */
json_t *site_vocab_ref(struct site *s, const char *vocab, const char *slug, const char *facet);

/* Page builders, in pages_vacancies.c, pages_content.c and feeds.c. */
int pages_vacancies(struct site *s);	/* every vacancy's page */
int pages_vacancy_lists(struct site *s);	/* /vacatures/ and the facet lists */
int pages_vacancy_one(struct site *s, const char *slug);	/* one vacancy's page */
int pages_organisations(struct site *s);
int pages_events(struct site *s);
int pages_handbooks(struct site *s);
int pages_texts(struct site *s);	/* tips and plain pages */
int pages_materials(struct site *s);
int pages_home(struct site *s);
int pages_search(struct site *s);
int pages_404(struct site *s);
int feeds_write(struct site *s);	/* feed.xml, sitemap.xml, robots.txt */

/* A vacancy's summary (shape "vacature summary" of theme/CONTEXT.md). data is borrowed. */
json_t *vacancy_summary(struct site *s, const char *slug, json_t *data);
/*
 * A vacancy's card (the theme's vacature-kaart for its summary), rendered
 * once per build and then reused; data is the vacancy's, or NULL to look
 * it up. Valid until the next call; NULL after an error (printed).
 */
const char *site_card(struct site *s, const char *slug, json_t *data, size_t *len);
/* {kaart: the card's HTML}, an item of a card list in the templates. New. */
json_t *site_card_item(struct site *s, const char *slug, json_t *data);
/* Frees the cards; inherited: in a forked child, whose index connection is not this one. */
void site_cards_free(struct site *s, int inherited);
/* True when a vacancy with these fields is listed (open, not expired, places free). */
int vacancy_listed(struct site *s, json_t *data);
/* Counts of listed vacancies per facet value: {facet: {value: n}}. New. */
json_t *facet_counts(struct site *s);
/* Filter link lists (shape "facet"); cur_facet/cur_value mark the current list or are NULL. New. */
json_t *facet_blocks(struct site *s, json_t *counts, const char *cur_facet, const char *cur_value);
/* "+01:00" or "+02:00": Europe/Amsterdam's offset at a local "YYYY-MM-DDTHH:MM". */
const char *amsterdam_offset(const char *local);
/* The iCalendar file of one event, or of all events when slug is NULL, into out. */
void ical_write(struct site *s, struct buf *out, sqlite3_stmt *events, const char *name);

/* The text at obj[key], "" when absent: templates want text, never NULL. */
static inline const char *
str(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s ? s : "";
}

/* The SQL condition for listed vacancies in table alias v; today bound as ?1. */
#define LISTED_SQL "v.status = 'open' AND v.geldig_tot >= ?1 AND v.vrij > 0"
/*
 * The same condition as a filter only: the unary + keeps SQLite from
 * walking vacancies_listed (every open vacancy) when the query has a
 * narrower index to walk, which would make a build quadratic in N.
 */
#define LISTED_FILTER_SQL "+v.status = 'open' AND v.geldig_tot >= ?1 AND v.vrij > 0"

#endif
