/*
 * Machine-readable outputs: the Atom feed of new vacancies (RFC 4287),
 * iCalendar files of events (RFC 5545), the sitemap and robots.txt.
 * All of them are deterministic for a given commit and build date, so an
 * unchanged site rewrites none of them.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "escape.h"
#include "site.h"
#include "util.h"

/* Day of the week (0 = Sunday) of a Gregorian date; Sakamoto's method. */
static int
weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static int
last_sunday(int y, int m)
{
	int d = 31;

	while (weekday(y, m, d) != 0)
		d--;
	return d;
}

/*
 * EU summer time: from the last Sunday of March 02:00 to the last Sunday
 * of October 03:00, local time. Computed, so no tz database is needed.
 */
const char *
amsterdam_offset(const char *local)
{
	int y = atoi(local), m = atoi(local + 5), d = atoi(local + 8);
	int h = strlen(local) >= 13 ? atoi(local + 11) : 12;
	int summer;

	if (m > 3 && m < 10)
		summer = 1;
	else if (m == 3)
		summer = d > last_sunday(y, 3) || (d == last_sunday(y, 3) && h >= 2);
	else if (m == 10)
		summer = d < last_sunday(y, 10) || (d == last_sunday(y, 10) && h < 3);
	else
		summer = 0;
	return summer ? "+02:00" : "+01:00";
}

static void
utc_stamp(char *out, size_t n, long long t, const char *fmt)
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(out, n, fmt, &tm);
}

/*
 * Appends one content line, folded at 75 octets (RFC 5545 3.1) without
 * splitting a UTF-8 sequence, ended by CRLF.
 */
static void
ical_line(struct buf *out, const char *line)
{
	size_t len = strlen(line), col = 0;

	for (size_t i = 0; i < len; ) {
		size_t n = 1;
		unsigned char c = (unsigned char)line[i];

		if (c >= 0xf0) n = 4;
		else if (c >= 0xe0) n = 3;
		else if (c >= 0xc0) n = 2;
		if (col + n > 75) {
			buf_puts(out, "\r\n ");
			col = 1;
		}
		buf_add(out, line + i, n);
		col += n;
		i += n;
	}
	buf_puts(out, "\r\n");
}

static void
ical_prop(struct buf *out, struct buf *scratch, const char *name, const char *text)
{
	buf_reset(scratch);
	buf_printf(scratch, "%s:", name);
	escape_ical_text(scratch, text);
	ical_line(out, scratch->data);
}

static void
ical_local(struct buf *out, struct buf *scratch, const char *name, const char *iso)
{
	buf_reset(scratch);
	buf_printf(scratch, "%s;TZID=Europe/Amsterdam:%.4s%.2s%.2sT%.2s%.2s00", name,
	    iso, iso + 5, iso + 8, iso + 11, iso + 14);
	ical_line(out, scratch->data);
}

void
ical_write(struct site *s, struct buf *out, sqlite3_stmt *events, const char *name)
{
	struct buf line = BUF_INIT;
	const char *host = strstr(s->base_url, "://");

	host = host ? host + 3 : s->base_url;
	ical_line(out, "BEGIN:VCALENDAR");
	ical_line(out, "VERSION:2.0");
	ical_line(out, "PRODID:-//Stagebureau//Stagebureau//NL");
	ical_line(out, "CALSCALE:GREGORIAN");
	ical_line(out, "METHOD:PUBLISH");
	ical_prop(out, &line, "X-WR-CALNAME", name);
	ical_line(out, "X-WR-TIMEZONE:Europe/Amsterdam");
	/* The zone is defined inline so calendars need no tz database lookup. */
	ical_line(out, "BEGIN:VTIMEZONE");
	ical_line(out, "TZID:Europe/Amsterdam");
	ical_line(out, "BEGIN:DAYLIGHT");
	ical_line(out, "TZOFFSETFROM:+0100");
	ical_line(out, "TZOFFSETTO:+0200");
	ical_line(out, "TZNAME:CEST");
	ical_line(out, "DTSTART:19700329T020000");
	ical_line(out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
	ical_line(out, "END:DAYLIGHT");
	ical_line(out, "BEGIN:STANDARD");
	ical_line(out, "TZOFFSETFROM:+0200");
	ical_line(out, "TZOFFSETTO:+0100");
	ical_line(out, "TZNAME:CET");
	ical_line(out, "DTSTART:19701025T030000");
	ical_line(out, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
	ical_line(out, "END:STANDARD");
	ical_line(out, "END:VTIMEZONE");
	while (sqlite3_step(events) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(events, 0);
		json_t *d = json_loads((const char *)sqlite3_column_text(events, 1), 0, NULL);
		struct buf path = BUF_INIT;
		char stamp[32], *url;

		buf_printf(&path, "/evenementen/%s/", slug);
		url = site_abs_url(s, path.data);
		utc_stamp(stamp, sizeof(stamp), sqlite3_column_int64(events, 3), "%Y%m%dT%H%M%SZ");
		ical_line(out, "BEGIN:VEVENT");
		buf_reset(&line);
		buf_printf(&line, "UID:evenement-%s@%.*s", slug, (int)strcspn(host, "/:"), host);
		ical_line(out, line.data);
		buf_reset(&line);
		buf_printf(&line, "DTSTAMP:%s", stamp);
		ical_line(out, line.data);
		ical_local(out, &line, "DTSTART", str(d, "begin"));
		ical_local(out, &line, "DTEND", str(d, "eind"));
		ical_prop(out, &line, "SUMMARY", str(d, "titel"));
		ical_prop(out, &line, "LOCATION", str(d, "locatie"));
		if (*str(d, "aanmelden"))
			ical_prop(out, &line, "DESCRIPTION", str(d, "aanmelden"));
		buf_reset(&line);
		buf_printf(&line, "URL:%s", url);
		ical_line(out, line.data);
		ical_line(out, "END:VEVENT");
		json_decref(d);
		free(url);
		buf_release(&path);
	}
	ical_line(out, "END:VCALENDAR");
	buf_release(&line);
}

/* Atom: the 50 newest listed vacancies. */
static int
atom_write(struct site *s)
{
	static const char sql[] = "SELECT e.slug, e.data, e.html, e.updated FROM vacancies v"
		" JOIN entries e ON e.type = 'vacature' AND e.slug = v.slug WHERE " LISTED_SQL
		" ORDER BY v.geplaatst DESC, v.slug LIMIT 50";
	struct buf out = BUF_INIT, entries = BUF_INIT;
	sqlite3_stmt *st = NULL;
	char *home = site_abs_url(s, "/"), *self = site_abs_url(s, "/feed.xml");
	char stamp[32];
	long long newest = 0;
	int rc;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return error("index: %s", sqlite3_errmsg(s->db));
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *slug = (const char *)sqlite3_column_text(st, 0);
		json_t *d = json_loads((const char *)sqlite3_column_text(st, 1), 0, NULL);
		json_t *sum = vacancy_summary(s, slug, d);
		long long updated = sqlite3_column_int64(st, 3);
		struct buf path = BUF_INIT;
		char *url;

		if (updated > newest)
			newest = updated;
		buf_printf(&path, "/vacatures/%s/", slug);
		url = site_abs_url(s, path.data);
		utc_stamp(stamp, sizeof(stamp), updated, "%Y-%m-%dT%H:%M:%SZ");
		buf_puts(&entries, "<entry>\n<title>");
		escape_xml(&entries, str(d, "titel"));
		buf_puts(&entries, "</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
		escape_xml(&entries, url);
		buf_puts(&entries, "\"/>\n<id>");
		escape_xml(&entries, url);
		buf_printf(&entries, "</id>\n<published>%sT00:00:00Z</published>\n<updated>%s</updated>\n",
		    str(d, "geplaatst"), stamp);
		buf_puts(&entries, "<author><name>");
		escape_xml(&entries, str(json_object_get(sum, "organisatie"), "naam"));
		buf_puts(&entries, "</name></author>\n<summary>");
		escape_xml(&entries, str(json_object_get(sum, "plaats"), "naam"));
		buf_puts(&entries, " · ");
		escape_xml(&entries, str(sum, "periode_tekst"));
		buf_puts(&entries, "</summary>\n<content type=\"html\">");
		escape_xml(&entries, (const char *)sqlite3_column_text(st, 2));
		buf_puts(&entries, "</content>\n</entry>\n");
		json_decref(sum);
		json_decref(d);
		free(url);
		buf_release(&path);
	}
	sqlite3_finalize(st);
	utc_stamp(stamp, sizeof(stamp), newest ? newest : s->commit_time, "%Y-%m-%dT%H:%M:%SZ");
	buf_puts(&out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n<title>");
	escape_xml(&out, site_t(s, "feed_titel"));
	buf_puts(&out, " – ");
	escape_xml(&out, str(s->v.site, "titel"));
	buf_puts(&out, "</title>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"");
	escape_xml(&out, self);
	buf_puts(&out, "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
	escape_xml(&out, home);
	buf_puts(&out, "\"/>\n<id>");
	escape_xml(&out, self);
	buf_printf(&out, "</id>\n<updated>%s</updated>\n<author><name>", stamp);
	escape_xml(&out, str(s->v.site, "titel"));
	buf_puts(&out, "</name></author>\n<generator>Stagebureau</generator>\n");
	buf_add(&out, buf_str(&entries), entries.len);
	buf_puts(&out, "</feed>\n");
	rc = site_file(s, "feed.xml", out.data, out.len);
	buf_release(&out);
	buf_release(&entries);
	free(home);
	free(self);
	return rc;
}

/* The sitemaps protocol allows 50,000 URLs per file. */
#define SITEMAP_MAX 50000

static int
write_urlset(struct site *s, const char *rel, const char *urls, size_t len)
{
	struct buf out = BUF_INIT;
	int rc;

	buf_puts(&out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	buf_add(&out, urls, len);
	buf_puts(&out, "</urlset>\n");
	rc = site_file(s, rel, out.data, out.len);
	buf_release(&out);
	return rc;
}

/* sitemap.xml, or past SITEMAP_MAX URLs an index of sitemap-N.xml files. */
static int
sitemap_write(struct site *s)
{
	const char *p = buf_str(&s->sitemap), *end = p + s->sitemap.len;
	struct buf index = BUF_INIT, rel = BUF_INIT;
	int rc = 0, n = 0;

	if (s->sitemap_urls <= SITEMAP_MAX)
		return write_urlset(s, "sitemap.xml", p, s->sitemap.len);
	buf_puts(&index, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	while (rc == 0 && p < end) {
		const char *q = p;
		char *loc;

		for (long i = 0; i < SITEMAP_MAX && q < end; i++)	/* one <url> per line */
			q = (const char *)memchr(q, '\n', (size_t)(end - q)) + 1;
		buf_reset(&rel);
		buf_printf(&rel, "sitemap-%d.xml", ++n);
		rc = write_urlset(s, rel.data, p, (size_t)(q - p));
		buf_reset(&rel);
		buf_printf(&rel, "/sitemap-%d.xml", n);
		loc = site_abs_url(s, rel.data);
		buf_puts(&index, "<sitemap><loc>");
		escape_xml(&index, loc);
		buf_puts(&index, "</loc></sitemap>\n");
		free(loc);
		p = q;
	}
	buf_puts(&index, "</sitemapindex>\n");
	if (rc == 0)
		rc = site_file(s, "sitemap.xml", index.data, index.len);
	buf_release(&index);
	buf_release(&rel);
	return rc;
}

int
feeds_write(struct site *s)
{
	struct buf out = BUF_INIT;
	char *map;
	int rc;

	rc = atom_write(s);
	if (rc == 0)
		rc = sitemap_write(s);
	map = site_abs_url(s, "/sitemap.xml");
	buf_printf(&out, "User-agent: *\nAllow: /\nDisallow: %s/beheer/\n\nSitemap: %s\n", s->prefix, map);
	if (rc == 0)
		rc = site_file(s, "robots.txt", out.data, out.len);
	free(map);
	buf_release(&out);
	return rc;
}
