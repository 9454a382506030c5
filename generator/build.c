/*
 * Building the public site: sets up struct site (vocabularies, theme,
 * common context), runs every page builder, copies the theme's static
 * files, and finally removes files of an earlier build that the site no
 * longer has. Rendering and writing one page lives here too, so every
 * page goes through the same layout, escaping and atomic writer.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>


#include "entry.h"
#include "escape.h"
#include "search.h"
#include "site.h"
#include "util.h"

char *
site_url(struct site *s, const char *path)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s%s", s->prefix, path);
	return buf_detach(&b);
}

char *
site_abs_url(struct site *s, const char *path)
{
	struct buf b = BUF_INIT;
	const char *host_end = strstr(s->base_url, "://");

	/* basis_url may carry the prefix already; join host and prefixed path. */
	host_end = host_end ? strchr(host_end + 3, '/') : NULL;
	if (host_end)
		buf_add(&b, s->base_url, (size_t)(host_end - s->base_url));
	else
		buf_puts(&b, s->base_url);
	buf_printf(&b, "%s%s", s->prefix, path);
	return buf_detach(&b);
}

const char *
site_t(struct site *s, const char *key)
{
	return theme_string(s->theme, key);
}

char *
site_tf(struct site *s, const char *key, ...)
{
	const char *pairs[17];
	size_t n = 0;
	va_list ap;

	va_start(ap, key);
	while (n < 16 && (pairs[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	pairs[n & ~(size_t)1] = NULL;
	return theme_fill(site_t(s, key), pairs);
}

char *
site_tel_url(const char *phone)
{
	struct buf b = BUF_INIT;

	buf_puts(&b, "tel:");
	/* A Dutch number dialled from anywhere: 0522 ... becomes +31522... */
	if (phone[0] == '0' && phone[1] != '0')
		buf_puts(&b, "+31"), phone++;
	for (; *phone; phone++)
		if ((*phone >= '0' && *phone <= '9') || *phone == '+')
			buf_putc(&b, *phone);
	return buf_detach(&b);
}

char *
site_date_text(struct site *s, const char *iso)
{
	struct buf b = BUF_INIT;
	char key[16];
	int month;

	if (iso == NULL || strlen(iso) < 10)
		return xstrdup("");
	month = atoi(iso + 5);
	if (month < 1 || month > 12)
		return xstrdup(iso);
	snprintf(key, sizeof(key), "maand_%d", month);
	buf_printf(&b, "%d %s %.4s", atoi(iso + 8), site_t(s, key), iso);
	return buf_detach(&b);
}

json_t *
site_crumbs(struct site *s, ...)
{
	json_t *list = json_array();
	const char *label;
	char *home = site_url(s, "/");
	va_list ap;

	json_array_append_new(list, json_pack("{s:s, s:s}", "label", site_t(s, "kruimel_home"), "url", home));
	free(home);
	va_start(ap, s);
	while ((label = va_arg(ap, const char *)) != NULL) {
		const char *url = va_arg(ap, const char *);

		if (url) {
			char *u = site_url(s, url);

			json_array_append_new(list, json_pack("{s:s, s:s}", "label", label, "url", u));
			free(u);
		} else {
			/* An explicit null: Mustache would otherwise find the page's own url. */
			json_array_append_new(list, json_pack("{s:s, s:n}", "label", label, "url"));
		}
	}
	va_end(ap);
	return list;
}

json_t *
site_nav(struct site *s, const char *section)
{
	static const char *const sections[] = {
		"vacatures", "organisaties", "evenementen", "handboeken", "tips", "materialen", "zoeken", NULL
	};
	json_t *nav;

	/* The same for every page of a section: made once per section and build. */
	if (s->navs == NULL)
		s->navs = json_object();
	nav = json_object_get(s->navs, section ? section : "");
	if (nav)
		return json_incref(nav);
	nav = json_array();
	for (int i = 0; sections[i]; i++) {
		char key[32], path[64];
		char *url;

		snprintf(key, sizeof(key), "nav_%s", sections[i]);
		snprintf(path, sizeof(path), "/%s/", sections[i]);
		url = site_url(s, path);
		json_array_append_new(nav, json_pack("{s:s, s:s, s:b}", "label", site_t(s, key),
			"url", url, "huidig", section && !strcmp(section, sections[i])));
		free(url);
	}
	json_object_set(s->navs, section ? section : "", nav);
	return nav;
}

json_t *
site_meta(struct site *s, const char *url_path, const char *title, const char *description,
	const char *og_type)
{
	char *canon = site_abs_url(s, url_path);
	json_t *m = json_pack("{s:s, s:s, s:s, s:s}", "titel", title,
		"beschrijving", description && *description ? description :
		    json_string_value(json_object_get(s->v.site, "omschrijving")) ?
		    json_string_value(json_object_get(s->v.site, "omschrijving")) : title,
		"canoniek", canon, "og_type", og_type ? og_type : "website");

	free(canon);
	return m;
}

json_t *
site_vocab_ref(struct site *s, const char *vocab, const char *slug, const char *facet)
{
	json_t *item = vocab_find(&s->v, vocab, slug);
	const char *name = item ? json_string_value(json_object_get(item, "naam")) : slug;

	if (facet) {
		struct buf path = BUF_INIT;
		char *url;
		json_t *ref;

		buf_printf(&path, "/vacatures/%s/%s/", facet, slug);
		url = site_url(s, path.data);
		ref = json_pack("{s:s, s:s, s:s}", "slug", slug, "naam", name, "url", url);
		free(url);
		buf_release(&path);
		return ref;
	}
	return json_pack("{s:s, s:s}", "slug", slug, "naam", name);
}

static void
mark_produced(struct site *s, const char *rel)
{
	json_object_set_new(s->produced, rel, json_true());
	s->st->files++;
}

int
site_file(struct site *s, const char *rel, const void *data, size_t len)
{
	enum write_result w;

	buf_reset(&s->path);
	buf_printf(&s->path, "%s/%s", s->out, rel);
	w = write_if_changed(s->path.data, data, len);
	if (w == WRITE_FAILED)
		return -1;
	if (w == WRITE_CHANGED)
		s->st->written++;
	mark_produced(s, rel);
	return 0;
}

static void
add_sitemap_url(struct site *s, const char *url_path, long long updated)
{
	char *loc = site_abs_url(s, url_path);

	buf_puts(s->sitemap_part, "<url><loc>");
	escape_xml(s->sitemap_part, loc);
	buf_puts(s->sitemap_part, "</loc>");
	if (updated > 0) {
		time_t t = (time_t)updated;
		struct tm tm;
		char date[32];

		gmtime_r(&t, &tm);
		strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", &tm);
		buf_printf(s->sitemap_part, "<lastmod>%s</lastmod>", date);
	}
	buf_puts(s->sitemap_part, "</url>\n");
	s->sitemap_urls++;
	free(loc);
}

/* The file of a page URL path: "/a/b/" is a folder page, "/404.html" a file. */
static void
page_file(const char *url_path, struct buf *rel)
{
	if (ends_with(url_path, "/"))
		buf_printf(rel, "%sindex.html", url_path + 1);
	else
		buf_puts(rel, url_path + 1);
}

int
site_page(struct site *s, const char *url_path, const char *template, json_t *ctx,
	long long updated, int sitemap)
{
	const struct mustache *m = theme_template(s->theme, template);
	struct mustache_error err = { 0 };
	json_t *full;
	struct buf rel = BUF_INIT;
	int rc;

	if (m == NULL)
		return error("theme has no template '%s'", template);
	full = json_copy(s->common);
	json_object_update(full, ctx);
	buf_reset(&s->page);
	rc = mustache_render(m, full, theme_loader, s->theme, &s->page, &err);
	json_decref(full);
	if (rc < 0)
		return error("template '%s': %s", template, err.msg);
	page_file(url_path, &rel);
	rc = site_file(s, rel.data, s->page.data, s->page.len);
	if (rc == 0 && s->key_path.len && !strcmp(buf_str(&s->key_path), url_path)) {
		buf_add(&s->new_keys, rel.data, rel.len + 1);
		buf_add(&s->new_keys, s->key_hex, strlen(s->key_hex) + 1);
	}
	buf_reset(&s->key_path);
	buf_release(&rel);
	if (rc == 0 && sitemap)
		add_sitemap_url(s, url_path, updated);
	return rc;
}

static void
chunks_release(struct site *s)
{
	for (size_t i = 0; i < s->nchunks; i++)
		buf_release(&s->chunk_parts[i]);
	free(s->chunk_parts);
	s->chunk_parts = NULL;
	s->nchunks = 0;
}

void
site_chunks_begin(struct site *s, size_t n)
{
	chunks_release(s);
	s->chunk_parts = xcalloc(n, sizeof(*s->chunk_parts));	/* all zero: empty buffers */
	s->nchunks = n;
	s->local_next = 0;
}

long
site_claim_chunk(struct site *s)
{
	long k = s->next_chunk ? __atomic_fetch_add(s->next_chunk, 1, __ATOMIC_RELAXED) : s->local_next++;

	return k >= 0 && (size_t)k < s->nchunks ? k : -1;
}

void
site_key_begin(struct site *s, const char *url_path)
{
	digest_init(&s->key);
	digest_str(&s->key, s->global);
	digest_str(&s->key, url_path);
}

void
site_key_add(struct site *s, const char *text)
{
	digest_str(&s->key, text);
}

void
site_key_int(struct site *s, long long n)
{
	digest_int(&s->key, n);
}

/* True when the file was written after this build took its snapshot of the index. */
static int
written_since_start(struct site *s, const char *rel)
{
	struct stat st;

	if (s->started.tv_sec == 0)
		return 0;
	buf_reset(&s->path);
	buf_printf(&s->path, "%s/%s", s->out, rel);
	if (stat(s->path.data, &st) < 0)
		return 0;
	return st.st_mtim.tv_sec > s->started.tv_sec ||
	    (st.st_mtim.tv_sec == s->started.tv_sec && st.st_mtim.tv_nsec > s->started.tv_nsec);
}

int
site_page_current(struct site *s, const char *url_path, long long updated, int sitemap)
{
	struct buf rel = BUF_INIT;
	int current = 0;

	digest_hex(&s->key, s->key_hex);
	buf_reset(&s->key_path);
	page_file(url_path, &rel);
	if (written_since_start(s, rel.data)) {
		/*
		 * The admin wrote this page from a newer commit while this build
		 * reads an older one: keep it. Its key is not recorded, so the
		 * build of that newer commit looks at it again.
		 */
		current = 1;
	} else if (!s->force && s->key_lookup) {
		sqlite3_reset(s->key_lookup);
		sqlite3_bind_text(s->key_lookup, 1, rel.data, -1, SQLITE_STATIC);
		if (sqlite3_step(s->key_lookup) == SQLITE_ROW &&
		    !strcmp((const char *)sqlite3_column_text(s->key_lookup, 0), s->key_hex)) {
			buf_reset(&s->path);
			buf_printf(&s->path, "%s/%s", s->out, rel.data);
			current = access(s->path.data, F_OK) == 0;
		}
		sqlite3_reset(s->key_lookup);
	}
	if (current) {
		mark_produced(s, rel.data);
		s->st->current++;
		if (sitemap)
			add_sitemap_url(s, url_path, updated);
	} else {
		buf_puts(&s->key_path, url_path);
	}
	buf_release(&rel);
	return current;
}

/* Copies theme/static to out/static; the stylesheet URL carries a content hash. */
static int
copy_static(struct site *s, const char *dir, const char *rel)
{
	struct buf from = BUF_INIT, to = BUF_INIT, data = BUF_INIT;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	buf_printf(&from, "%s/%s", dir, rel);
	d = opendir(from.data);
	buf_release(&from);
	if (d == NULL)
		return 0;
	while (rc == 0 && (de = readdir(d)) != NULL) {
		struct stat st;

		/* Hidden files and the theme's notes for developers are not the site's. */
		if (de->d_name[0] == '.' || ends_with(de->d_name, ".md"))
			continue;
		buf_reset(&from);
		buf_printf(&from, "%s/%s/%s", dir, rel, de->d_name);
		buf_reset(&to);
		buf_printf(&to, "%s/%s", rel, de->d_name);
		if (stat(from.data, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			rc = copy_static(s, dir, to.data);
			continue;
		}
		buf_reset(&data);
		if (read_file(from.data, &data) < 0 || site_file(s, to.data, buf_str(&data), data.len) < 0)
			rc = -1;
	}
	closedir(d);
	buf_release(&from);
	buf_release(&to);
	buf_release(&data);
	return rc;
}

/* "/static/css/site.css?v=1a2b3c4d" when the file exists, else NULL. */
static char *
static_url(struct site *s, const char *rel)
{
	struct buf path = BUF_INIT, data = BUF_INIT;
	char *url = NULL;

	buf_printf(&path, "%s/%s", theme_dir(s->theme), rel);
	if (access(path.data, R_OK) == 0 && read_file(path.data, &data) == 0) {
		buf_reset(&path);
		buf_printf(&path, "/%s?v=%08x", rel, fnv1a(buf_str(&data), data.len));
		url = site_url(s, path.data);
	}
	buf_release(&path);
	buf_release(&data);
	return url;
}

static json_t *
footer_pages(struct site *s)
{
	static const char *const slugs[] = { "over-ons", "contact", "hulp", "privacy", "toegankelijkheid", NULL };
	sqlite3_stmt *st = NULL;
	json_t *list = json_array();

	if (sqlite3_prepare_v2(s->db, "SELECT json_extract(data, '$.titel') FROM entries"
	    " WHERE type = 'pagina' AND slug = ?", -1, &st, NULL) != SQLITE_OK)
		return list;
	for (int i = 0; slugs[i]; i++) {
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, slugs[i], -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW) {
			char path[64], *url;

			snprintf(path, sizeof(path), "/%s/", slugs[i]);
			url = site_url(s, path);
			json_array_append_new(list, json_pack("{s:s, s:s}", "titel",
				(const char *)sqlite3_column_text(st, 0), "url", url));
			free(url);
		}
	}
	sqlite3_finalize(st);
	return list;
}

static int
setup_common(struct site *s)
{
	json_t *site = json_deep_copy(s->v.site);
	char *css = static_url(s, "static/css/site.css"), *js = static_url(s, "static/js/site.js");
	char *search_css = static_url(s, "static/js/zoeken.css");
	char *home = site_url(s, "/"), *search = site_url(s, "/zoeken/");
	char *feed = site_url(s, "/feed.xml"), *agenda = site_url(s, "/evenementen/agenda.ics");
	char *icon = static_url(s, "static/img/logo.svg");
	json_t *contact = json_object_get(site, "contact");

	json_object_set_new(site, "css", json_string(css ? css : ""));
	if (js)
		json_object_set_new(site, "js", json_string(js));
	/* Versioned by its own bytes (not the script's), and preloaded by /zoeken/. */
	if (search_css)
		json_object_set_new(site, "zoeken_css", json_string(search_css));
	json_object_set_new(site, "home", json_string(home));
	json_object_set_new(site, "zoeken", json_string(search));
	json_object_set_new(site, "feed", json_string(feed));
	json_object_set_new(site, "agenda", json_string(agenda));
	json_object_set_new(site, "voet", footer_pages(s));
	json_object_set_new(site, "jaar", json_stringn(s->today, 4));
	if (icon)
		json_object_set_new(site, "icoon", json_string(icon));
	if (json_is_string(json_object_get(contact, "telefoon"))) {
		char *tel = site_tel_url(json_string_value(json_object_get(contact, "telefoon")));

		json_object_set_new(contact, "telefoon_url", json_string(tel));
		free(tel);
	}
	s->common = json_pack("{s:o, s:O}", "site", site, "t", theme_locale(s->theme));
	free(css);
	free(js);
	free(search_css);
	free(home);
	free(search);
	free(feed);
	free(agenda);
	free(icon);
	return 0;
}

/* Adds the organisation of the current row of st (slug, naam) to s->orgs. */
static void
add_org(struct site *s, sqlite3_stmt *st)
{
	const char *slug = (const char *)sqlite3_column_text(st, 0);
	struct buf path = BUF_INIT;
	char *url;

	buf_printf(&path, "/organisaties/%s/", slug);
	url = site_url(s, path.data);
	json_object_set_new(s->orgs, slug, json_pack("{s:s, s:s}", "naam",
		(const char *)sqlite3_column_text(st, 1), "url", url));
	free(url);
	buf_release(&path);
}

static int
load_organisations(struct site *s)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db, "SELECT slug, json_extract(data, '$.naam') FROM entries"
	    " WHERE type = 'organisatie'", -1, &st, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(s->db));
	while (sqlite3_step(st) == SQLITE_ROW)
		add_org(s, st);
	sqlite3_finalize(st);
	s->orgs_complete = 1;
	return 0;
}

json_t *
site_org(struct site *s, const char *slug)
{
	json_t *org = json_object_get(s->orgs, slug ? slug : "");
	sqlite3_stmt *st = NULL;

	if (org || s->orgs_complete || slug == NULL)
		return json_is_object(org) ? org : NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT slug, json_extract(data, '$.naam') FROM entries"
	    " WHERE type = 'organisatie' AND slug = ?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			add_org(s, st);
		else
			json_object_set_new(s->orgs, slug, json_null());
	}
	sqlite3_finalize(st);
	return json_is_object(json_object_get(s->orgs, slug)) ? json_object_get(s->orgs, slug) : NULL;
}

/*
 * Deletes files below dir that this build did not produce and nobody wrote
 * since it began, then empty folders.
 */
static int
remove_stale(struct site *s, const char *rel)
{
	struct buf full = BUF_INIT, sub = BUF_INIT;
	struct dirent *de;
	DIR *d;
	int empty = 1;

	buf_printf(&full, "%s%s%s", s->out, *rel ? "/" : "", rel);
	d = opendir(full.data);
	if (d == NULL) {
		buf_release(&full);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		buf_reset(&sub);
		buf_printf(&sub, "%s%s%s", rel, *rel ? "/" : "", de->d_name);
		buf_reset(&full);
		buf_printf(&full, "%s/%s", s->out, sub.data);
		if (lstat(full.data, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			if (remove_stale(s, sub.data))
				rmdir(full.data);
			else
				empty = 0;
		} else if (!json_object_get(s->produced, sub.data) && !written_since_start(s, sub.data)) {
			/* A file written since this build began (the admin's page, a writer's temporary file) stays. */
			if (unlink(full.data) == 0)
				s->st->removed++;
		} else {
			empty = 0;
		}
	}
	closedir(d);
	buf_release(&full);
	buf_release(&sub);
	return empty;
}

/* True when dir is missing or holds nothing: no file in it can be stale. */
static int
dir_empty(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int empty = 1;

	if (d == NULL)
		return errno == ENOENT;
	while (empty && (de = readdir(d)) != NULL)
		empty = !strcmp(de->d_name, ".") || !strcmp(de->d_name, "..");
	closedir(d);
	return empty;
}

/* The time of the newest indexed change: a stable "last updated" for the whole site. */
static long long
newest_change(struct site *s)
{
	sqlite3_stmt *st = NULL;
	long long t = 0;

	if (sqlite3_prepare_v2(s->db, "SELECT max(updated) FROM entries", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		t = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return t;
}

static void
set_today(struct site *s, const char *today)
{
	if (today) {
		snprintf(s->today, sizeof(s->today), "%s", today);
	} else {
		time_t now = time(NULL);
		struct tm tm;

		/* "Today" is the Dutch date, whatever zone the server runs in. */
		setenv("TZ", "Europe/Amsterdam", 1);
		tzset();
		localtime_r(&now, &tm);
		strftime(s->today, sizeof(s->today), "%Y-%m-%d", &tm);
	}
}

static void
set_prefix(struct site *s)
{
	const char *p = strstr(s->base_url, "://");

	p = p ? strchr(p + 3, '/') : NULL;
	snprintf(s->prefix, sizeof(s->prefix), "%s", p ? p : "");
}

static void
prepare_key_lookup(struct site *s)
{
	if (sqlite3_prepare_v2(s->db, "SELECT key FROM page_keys WHERE path = ?", -1, &s->key_lookup,
	    NULL) != SQLITE_OK)
		s->key_lookup = NULL;	/* then every page is rendered */
}

/* Everything a build needs before the first page: 0, or -1 (printed). */
static int
site_open(struct site *s, struct index *ix, const struct build_options *o, struct build_stats *st)
{
	git_oid commit;

	memset(st, 0, sizeof(*st));
	s->ix = ix;
	s->db = index_db(ix);
	s->out = o->out;
	s->st = st;
	s->produced = json_object();
	s->sitemap_part = &s->sitemap;
	if (o->today && !date_valid(o->today))
		return error("--today must be a date like 2026-11-23");
	set_today(s, o->today);
	if (index_vocabs(ix, &s->v) < 0)
		return -1;
	s->base_url = json_string_value(json_object_get(s->v.site, "basis_url"));
	set_prefix(s);
	if (git_oid_fromstr(&commit, index_commit(ix)) < 0)
		return error("the index reflects no commit; run 'stagebureau index'");
	s->theme = theme_load(o->theme, "templates", json_string_value(json_object_get(s->v.site, "taal")), ix);
	if (s->theme == NULL)
		return -1;
	s->orgs = json_object();
	if (mkdir_p(o->out) < 0 || setup_common(s) < 0)
		return -1;
	s->force = o->force;
	prepare_key_lookup(s);
	return 0;
}

static void
site_close(struct site *s)
{
	json_decref(s->produced);
	json_decref(s->common);
	json_decref(s->orgs);
	json_decref(s->navs);
	json_decref(s->counts);
	buf_release(&s->sitemap);
	buf_release(&s->page);
	buf_release(&s->path);
	buf_release(&s->new_keys);
	buf_release(&s->key_path);
	sqlite3_finalize(s->key_lookup);
	site_cards_free(s, 0);
	chunks_release(s);
	if (s->next_chunk)
		munmap(s->next_chunk, sizeof(*s->next_chunk));
	theme_free(s->theme);
	vocabs_release(&s->v);
}

#ifndef SB_CODE_ID
#define SB_CODE_ID "unknown"
#endif

/*
 * The page builders, in an order where nothing depends on a later one.
 * With two processes the second runs the phases marked worker (1) while
 * the first runs the rest, and both share the phases marked 2, chunk by
 * chunk; the feeds wait for both, since the sitemap lists
 * every page. Each phase keeps its own part of the sitemap, so the file
 * comes out the same however the work was shared. The organisation pages
 * follow the lists in the same process because they show the same
 * vacancy cards, which that process has rendered by then (cards.c).
 */
static const struct phase {
	const char *name;
	int (*run)(struct site *);
	int worker;
} phases[] = {
	{ "lijsten", pages_vacancy_lists, 0 },
	{ "organisaties", pages_organisations, 0 },
	{ "evenementen", pages_events, 0 },
	{ "handboeken", pages_handbooks, 0 },
	{ "tips en pagina's", pages_texts, 0 },
	{ "materialen", pages_materials, 0 },
	{ "zoekindex", search_write, 1 },
	{ "zoekpagina", pages_search, 1 },	/* carries the entries of the index */
	{ "home", pages_home, 0 },
	{ "404", pages_404, 0 },
	/* Last in both processes, in chunks, so that neither waits for the other at the end. */
	{ "vacature-pagina's", pages_vacancies, 2 },
};
#define NPHASES (sizeof(phases) / sizeof(phases[0]))
_Static_assert(NPHASES <= sizeof(((struct build_stats *)0)->phase) / sizeof(((struct build_stats *)0)->phase[0]),
	"build_stats has room for every phase");

static double
seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static int
run_phase(struct site *s, size_t i, struct buf *part)
{
	struct timespec t0;
	int rc;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	s->sitemap_part = part;
	rc = phases[i].run(s);
	s->st->phase[i].name = phases[i].name;
	s->st->phase[i].seconds = seconds_since(&t0);
	s->st->nphases = NPHASES;
	return rc;
}

/* Forgets the keys of pages this build did not produce. 0 or -1. */
static int
prune_keys(struct site *s)
{
	sqlite3_stmt *all = NULL, *del = NULL;
	int rc = 0;

	if (sqlite3_prepare_v2(s->db, "SELECT path FROM page_keys", -1, &all, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "DELETE FROM page_keys WHERE path = ?", -1, &del, NULL) != SQLITE_OK)
		rc = -1;
	while (rc == 0 && sqlite3_step(all) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(all, 0);

		if (json_object_get(s->produced, path))
			continue;
		sqlite3_bind_text(del, 1, path, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(del) != SQLITE_DONE)
			rc = -1;
		sqlite3_reset(del);
	}
	sqlite3_finalize(all);
	sqlite3_finalize(del);
	return rc;
}

/*
 * Records the keys of the pages rendered. A forced build starts the record
 * afresh; one whose set of files moved forgets the pages that went. 0 or -1.
 */
static int
store_keys(struct site *s, int moved)
{
	const char *p = buf_str(&s->new_keys), *end = p + s->new_keys.len;
	sqlite3_stmt *st = NULL;
	int rc = 0;

	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(s->db));
	if (s->force && sqlite3_exec(s->db, "DELETE FROM page_keys", NULL, NULL, NULL) != SQLITE_OK)
		rc = -1;
	else if (!s->force && moved && prune_keys(s) < 0)
		rc = -1;
	if (rc == 0 && sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO page_keys(path, key) VALUES(?, ?)",
	    -1, &st, NULL) != SQLITE_OK)
		rc = -1;
	while (rc == 0 && p < end) {
		const char *key = p + strlen(p) + 1;

		sqlite3_bind_text(st, 1, p, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = -1;
		sqlite3_reset(st);
		p = key + strlen(key) + 1;
	}
	sqlite3_finalize(st);
	if (rc < 0)
		error("index: cannot record page keys: %s", sqlite3_errmsg(s->db));
	sqlite3_exec(s->db, rc == 0 ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/*
 * The worker: a forked copy of the build with its own database
 * connection (an SQLite handle must not cross a fork) reading the same
 * commit. It reports through f: its counts, each phase's time and
 * sitemap part, then the paths it produced, NUL-terminated. Exit 0,
 * 1 on an error (printed), 3 when the index moved on under it.
 */
static int
worker_run(struct site *s, const char *db_path, FILE *f)
{
	struct build_stats st = { 0 };
	struct buf parts[NPHASES];
	sqlite3_stmt *q = NULL;
	const char *key;
	json_t *v;
	int rc = 0, same = 0;

	if (sqlite3_open_v2(db_path, &s->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		return 1;
	sqlite3_busy_timeout(s->db, 10000);
	if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'commit'", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW)
		same = !strcmp((const char *)sqlite3_column_text(q, 0), s->snapshot);
	sqlite3_finalize(q);
	if (!same)
		return 3;
	s->st = &st;
	json_decref(s->produced);
	s->produced = json_object();
	s->sitemap_urls = 0;
	buf_reset(&s->new_keys);
	s->key_lookup = NULL;	/* the parent's statement belongs to the parent's connection */
	site_cards_free(s, 1);	/* so do its cards' statement and file */
	prepare_key_lookup(s);
	for (size_t i = 0; i < NPHASES; i++) {
		parts[i] = (struct buf)BUF_INIT;
		if (rc == 0 && phases[i].worker)
			rc = run_phase(s, i, &parts[i]);
	}
	if (rc == 0) {
		fprintf(f, "%ld %ld %ld %ld %zu\n", st.files, st.written, st.current, s->sitemap_urls,
		    s->new_keys.len);
		fwrite(buf_str(&s->new_keys), 1, s->new_keys.len, f);
		for (size_t i = 0; i < NPHASES; i++)
			if (phases[i].worker == 1) {
				fprintf(f, "%zu %.6f %zu\n", i, st.phase[i].seconds, parts[i].len);
				fwrite(buf_str(&parts[i]), 1, parts[i].len, f);
			}
		/* The shared phase's chunks this process made: index and sitemap part each. */
		for (size_t k = 0; k < s->nchunks; k++)
			if (s->chunk_parts[k].len) {
				fprintf(f, "%zu %zu\n", k, s->chunk_parts[k].len);
				fwrite(s->chunk_parts[k].data, 1, s->chunk_parts[k].len, f);
			}
		fprintf(f, "%zu 0\n", (size_t)-1);
		json_object_foreach(s->produced, key, v)
			fwrite(key, 1, strlen(key) + 1, f);
	}
	if (fflush(f) != 0)
		rc = 1;
	return rc ? 1 : 0;
}

/* Takes the worker's report into this process's build. 0 or -1. */
static int
worker_merge(struct site *s, FILE *f, struct buf *parts)
{
	long files, written, current, urls;
	struct buf path = BUF_INIT;
	size_t keys;
	int c;

	rewind(f);
	if (fscanf(f, "%ld %ld %ld %ld %zu", &files, &written, &current, &urls, &keys) != 5 || fgetc(f) != '\n')
		return error("build: the second process sent no report");
	s->st->files += files;
	s->st->written += written;
	s->st->current += current;
	s->sitemap_urls += urls;
	buf_grow(&s->new_keys, keys);
	if (fread(s->new_keys.data + s->new_keys.len, 1, keys, f) != keys)
		return error("build: the second process sent a short report");
	s->new_keys.len += keys;
	s->new_keys.data[s->new_keys.len] = '\0';
	for (size_t n = 0; n < NPHASES; n++) {
		size_t i, len;
		double secs;

		if (phases[n].worker != 1)
			continue;
		if (fscanf(f, "%zu %lf %zu", &i, &secs, &len) != 3 || i >= NPHASES || fgetc(f) != '\n')
			return error("build: the second process sent a broken report");
		s->st->phase[i].name = phases[i].name;
		s->st->phase[i].seconds = secs;
		buf_grow(&parts[i], len);
		if (fread(parts[i].data + parts[i].len, 1, len, f) != len)
			return error("build: the second process sent a short report");
		parts[i].len += len;
		parts[i].data[parts[i].len] = '\0';
	}
	for (;;) {
		size_t k, len;

		if (fscanf(f, "%zu %zu", &k, &len) != 2 || fgetc(f) != '\n')
			return error("build: the second process sent a broken report");
		if (k == (size_t)-1)
			break;
		if (k >= s->nchunks)
			return error("build: the second process made a chunk this one does not know");
		buf_grow(&s->chunk_parts[k], len);
		if (fread(s->chunk_parts[k].data + s->chunk_parts[k].len, 1, len, f) != len)
			return error("build: the second process sent a short report");
		s->chunk_parts[k].len += len;
		s->chunk_parts[k].data[s->chunk_parts[k].len] = '\0';
	}
	while ((c = fgetc(f)) != EOF) {
		if (c == '\0') {
			json_object_set_new(s->produced, buf_str(&path), json_true());
			buf_reset(&path);
		} else {
			buf_putc(&path, c);
		}
	}
	buf_release(&path);
	return 0;
}

/* Forks the worker when there are two cores to use; its pid, or 0 to do everything here. */
static pid_t
worker_start(struct site *s, const struct build_options *o, FILE **report)
{
	const char *db_path = sqlite3_db_filename(s->db, "main");
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = o->jobs > 0 ? o->jobs : cores > 1 ? 2 : 1;
	pid_t pid;

	*report = NULL;
	if (jobs < 2 || db_path == NULL || *db_path == '\0' || (*report = tmpfile()) == NULL)
		return 0;
	s->next_chunk = mmap(NULL, sizeof(*s->next_chunk), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (s->next_chunk == MAP_FAILED) {
		s->next_chunk = NULL;
		fclose(*report);
		*report = NULL;
		return 0;
	}
	*s->next_chunk = 0;
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		int rc = worker_run(s, db_path, *report);

		/* No atexit handlers: they belong to the parent's libraries. */
		_exit(rc);
	}
	if (pid < 0) {
		fclose(*report);
		*report = NULL;
		munmap(s->next_chunk, sizeof(*s->next_chunk));
		s->next_chunk = NULL;
		return 0;
	}
	return pid;
}

/* Waits for the worker; 0 when its report was merged, 1 when its phases are still to do, -1. */
static int
worker_finish(struct site *s, pid_t pid, FILE *report, struct buf *parts)
{
	int status, rc;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return error_errno("build: waitpid");
	if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
		rc = 1;	/* the index moved on: do its part here, from the same snapshot */
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		rc = error("build: the second process failed");
	else
		rc = worker_merge(s, report, parts);
	fclose(report);
	return rc;
}

/* Hashes the files below dir/rel in name order into h. */
static void
hash_tree(struct digest *h, const char *dir, const char *rel)
{
	struct buf path = BUF_INIT, data = BUF_INIT;
	struct dirent **names;
	int n;

	buf_printf(&path, "%s%s%s", dir, *rel ? "/" : "", rel);
	n = scandir(path.data, &names, NULL, alphasort);
	for (int i = 0; i < n; i++) {
		struct stat st;

		if (names[i]->d_name[0] != '.') {
			buf_reset(&path);
			buf_printf(&path, "%s%s%s", rel, *rel ? "/" : "", names[i]->d_name);
			digest_add(h, path.data, path.len + 1);
			buf_reset(&data);
			buf_printf(&data, "%s/%s", dir, path.data);
			if (stat(data.data, &st) == 0 && S_ISDIR(st.st_mode)) {
				hash_tree(h, dir, path.data);
			} else {
				const char *full = xstrdup(data.data);

				buf_reset(&data);
				if (read_file(full, &data) == 0)
					digest_add(h, buf_str(&data), data.len);
				free((void *)full);
			}
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
	buf_release(&path);
	buf_release(&data);
}

/* Adds a JSON value, keys sorted, to a digest. */
static void
digest_json(struct digest *d, json_t *value)
{
	char *text = json_dumps(value, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);

	digest_str(d, text);
	free(text);
}

/*
 * What no index holds: the program itself, the date, the output folder
 * and the theme's files.
 */
static void
outside_inputs(struct digest *d, const struct build_options *o, const char *today)
{
	struct stat self;
	char real[PATH_MAX];

	digest_str(d, SB_CODE_ID);
	if (!strcmp(SB_CODE_ID, "unknown")) {	/* built without the Makefile: the file itself */
		if (stat("/proc/self/exe", &self) < 0)
			memset(&self, 0, sizeof(self));
		digest_int(d, (long long)self.st_size);
		digest_int(d, (long long)self.st_mtime);
	}
	digest_str(d, today);
	digest_str(d, realpath(o->out, real) ? real : o->out);	/* "public" and "./public" alike */
	hash_tree(d, o->theme, "");
}

/*
 * What every page depends on beyond its own entries: the inputs from
 * outside the index, the vocabularies, the site configuration and what
 * every page shows of it, and the names of the organisations (shown
 * wherever a vacancy is). Into s->global.
 */
static void
global_inputs(struct site *s, const struct build_options *o)
{
	struct digest d;

	digest_init(&d);
	outside_inputs(&d, o, s->today);
	digest_json(&d, s->common);
	digest_json(&d, s->orgs);
	digest_json(&d, s->v.site);
	digest_json(&d, s->v.lists);
	digest_json(&d, s->v.places);
	digest_hex(&d, s->global);
}

/*
 * The build stamp: the inputs from outside the index and the commit
 * built. Everything else a page shows (vocabularies, site configuration,
 * organisations, a site's own templates) is what the index holds for
 * that commit, so equal stamps mean equal sites; and the stamp is had
 * without reading the index, for a build with nothing to do.
 */
static void
stamp_of(const struct build_options *o, const char *today, const char *commit, char stamp[DIGEST_HEX])
{
	struct digest d;

	digest_init(&d);
	outside_inputs(&d, o, today);
	digest_str(&d, commit);
	digest_hex(&d, stamp);
}

/*
 * The set of files this build produced, as a count and an order-free sum
 * of their names' hashes: when it equals the last finished build's, no
 * file of that build has become stale and the walk over the site is saved.
 */
static void
produced_digest(struct site *s, char *out, size_t n)
{
	unsigned long long sum = 0;
	const char *key;
	json_t *v;

	json_object_foreach(s->produced, key, v) {
		unsigned long long h = 14695981039346656037ull;

		for (const char *p = key; *p; p++)
			h = (h ^ (unsigned char)*p) * 1099511628211ull;
		sum += h;
	}
	snprintf(out, n, "%zu:%016llx", json_object_size(s->produced), sum);
}

static int
same_state(struct index *ix, const char *name, const char *value)
{
	char *last = index_build_state(ix, name);
	int same = last && !strcmp(last, value);

	free(last);
	return same;
}

/*
 * True when the last build finished with this stamp and its site is still
 * in place: every page it recorded a key for exists, and so do the home
 * page and the sitemap. A file deleted by hand is then noticed; a file
 * changed by hand is not (--full rewrites everything). The check is one
 * faccessat() per page relative to the output folder, about 0.2 s of
 * CPU at 100,000 vacancies: most of what a build with nothing to do
 * costs, and the price of noticing a deleted page without --full.
 */
static int
up_to_date(struct index *ix, const char *out, const char *stamp)
{
	static const char *const always[] = { "index.html", "sitemap.xml" };
	sqlite3_stmt *st = NULL;
	int same = same_state(ix, "stamp", stamp) && same_state(ix, "finished", "1");
	int dir = same ? open(out, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;

	same = same && dir >= 0;
	for (size_t i = 0; same && i < sizeof(always) / sizeof(always[0]); i++)
		same = faccessat(dir, always[i], F_OK, 0) == 0;
	if (same && sqlite3_prepare_v2(index_db(ix), "SELECT path FROM page_keys", -1, &st, NULL) != SQLITE_OK)
		same = 0;
	while (same && sqlite3_step(st) == SQLITE_ROW)
		same = faccessat(dir, (const char *)sqlite3_column_text(st, 0), F_OK, 0) == 0;
	sqlite3_finalize(st);
	if (dir >= 0)
		close(dir);
	return same;
}

int
build_site(struct index *ix, const struct build_options *o, struct build_stats *st)
{
	struct buf parts[NPHASES];
	struct site s = { 0 };
	struct timespec t0;
	char stamp[DIGEST_HEX];
	struct sigaction old_chld;
	FILE *report = NULL;
	char *outside = NULL;
	pid_t worker = 0;
	int rc = -1, wrc = 0, fresh = 0;

	for (size_t i = 0; i < NPHASES; i++)
		parts[i] = (struct buf)BUF_INIT;
	memset(st, 0, sizeof(*st));
	if (o->today && !date_valid(o->today))
		return error("--today must be a date like 2026-11-23");
	set_today(&s, o->today);
	/* Nothing to do is found before anything is read from the index. */
	stamp_of(o, s.today, index_commit(ix), stamp);
	if (!o->force && up_to_date(ix, o->out, stamp)) {
		st->unchanged = 1;
		return 0;
	}
	if (site_open(&s, ix, o, st) < 0 || load_organisations(&s) < 0)
		goto out;
	global_inputs(&s, o);
	/*
	 * A build that did not finish may have replaced pages whose keys it
	 * never recorded: after one, no key is trusted (only the bytes that
	 * differ are written, still). Until this build finishes, the next one
	 * must do the same, and look for stale and half-written files.
	 */
	if (!same_state(ix, "finished", "1"))
		s.force = 1;
	/* Pages written between builds (build_vacancy_page) may be stale now: see below. */
	outside = index_build_state(ix, "outside");
	/* Only the feeds need it, and it scans every entry: not for one page. */
	s.commit_time = newest_change(&s);
	if (index_set_build_state(ix, "finished", "0") < 0)
		goto out;
	/* A build into an empty folder leaves nothing stale: no walk over its files at the end. */
	fresh = dir_empty(s.out);
	/* Pages written after this instant come from a commit newer than the snapshot below. */
	clock_gettime(CLOCK_REALTIME, &s.started);
	if (sqlite3_exec(s.db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)	/* one consistent read */
		goto out;
	/*
	 * The first read fixes this process's snapshot before the fork; the
	 * admin may index newer commits meanwhile, so what this build stands
	 * for is the commit of that snapshot, not what the index says later.
	 */
	snprintf(s.snapshot, sizeof(s.snapshot), "%s", index_commit(ix));
	stamp_of(o, s.today, s.snapshot, stamp);
	/* A caller that ignores SIGCHLD (the admin) would have the worker reaped before waitpid. */
	sigaction(SIGCHLD, &(struct sigaction){ .sa_handler = SIG_DFL }, &old_chld);
	worker = worker_start(&s, o, &report);
	rc = 0;
	for (size_t i = 0; rc == 0 && i < NPHASES; i++)
		if (!worker || phases[i].worker != 1)
			rc = run_phase(&s, i, &parts[i]);
	if (worker) {
		wrc = worker_finish(&s, worker, report, parts);
		if (wrc < 0)
			rc = -1;
		/* The second process did nothing: its phases; the shared ones were all claimed here. */
		for (size_t i = 0; rc == 0 && wrc == 1 && i < NPHASES; i++)
			if (phases[i].worker == 1)
				rc = run_phase(&s, i, &parts[i]);
	}
	sigaction(SIGCHLD, &old_chld, NULL);
	s.sitemap_part = &s.sitemap;
	for (size_t i = 0; i < NPHASES; i++) {
		buf_add(&s.sitemap, buf_str(&parts[i]), parts[i].len);
		if (phases[i].worker == 2)	/* one shared phase: its chunks in order */
			for (size_t k = 0; k < s.nchunks; k++)
				buf_add(&s.sitemap, buf_str(&s.chunk_parts[k]), s.chunk_parts[k].len);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (!rc) rc = feeds_write(&s);
	st->feeds_seconds = seconds_since(&t0);
	sqlite3_exec(s.db, "COMMIT", NULL, NULL, NULL);
	if (!rc) rc = copy_static(&s, theme_dir(s.theme), "static");
	if (!rc) {
		char produced[48];
		int moved;

		/*
		 * The walk over the whole site for stale files (a second or more
		 * at 100,000 vacancies) is needed only when files can be stale:
		 * the last build did not finish, this one produced another set of
		 * files than the last, or a page was written between builds.
		 * Otherwise the site holds exactly the files of the last build,
		 * which are this build's. A file added by hand is not removed
		 * then (--full removes it).
		 */
		produced_digest(&s, produced, sizeof(produced));
		moved = s.force || !same_state(ix, "produced", produced) || (outside && strcmp(outside, "0"));
		rc = store_keys(&s, moved);
		if (moved && !fresh)
			remove_stale(&s, "");
		if (rc == 0 && outside && strcmp(outside, "0") &&
		    index_swap_build_state(ix, "outside", outside, "0") < 0)
			rc = -1;
		if (index_set_build_state(ix, "produced", produced) < 0 ||
		    index_set_built_commit(ix, s.snapshot) < 0 ||
		    index_set_build_state(ix, "stamp", stamp) < 0 ||
		    index_set_build_state(ix, "finished", "1") < 0)
			rc = -1;
	}
out:
	for (size_t i = 0; i < NPHASES; i++)
		buf_release(&parts[i]);
	free(outside);
	site_close(&s);
	return rc;
}

static int
forget_key(struct site *s, const char *slug)
{
	sqlite3_stmt *st = NULL;
	struct buf path = BUF_INIT;
	int rc = 0;

	buf_printf(&path, "vacatures/%s/index.html", slug);
	if (sqlite3_prepare_v2(s->db, "DELETE FROM page_keys WHERE path = ?", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_text(st, 1, path.data, -1, SQLITE_STATIC) != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE)
		rc = error("index: cannot forget a page key: %s", sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	buf_release(&path);
	return rc;
}

int
build_vacancy_page(struct index *ix, const struct build_options *o, const char *slug)
{
	struct build_stats st;
	struct site s = { 0 };
	int rc = -1;

	char *outside = index_build_state(ix, "outside"), count[24];

	/*
	 * The page changes without a key: the next full build must render it,
	 * whatever key it recorded before (the entry may return to that state).
	 * And it may be a page the next build does not make (its vacancy gone
	 * meanwhile): the count of such pages tells that build to look for
	 * stale files, even when its set of files equals the last one's.
	 */
	snprintf(count, sizeof(count), "%lld", (outside ? atoll(outside) : 0) + 1);
	free(outside);
	if (index_set_build_state(ix, "outside", count) == 0 &&
	    site_open(&s, ix, o, &st) == 0 && forget_key(&s, slug) == 0)
		rc = pages_vacancy_one(&s, slug);
	site_close(&s);
	return rc;
}
