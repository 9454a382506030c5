/*
 * Vacancy cards: the theme's vacature-kaart rendered once per build (and
 * process) for each vacancy shown, then reused by every list page,
 * organisation page, "vergelijkbaar" block and the home page that shows
 * it. At 100,000 vacancies the lists alone show about a million cards;
 * each used to cost an index lookup, a JSON parse, a summary and a
 * render.
 *
 * The rendered cards go to an unnamed file beside the output (O_TMPFILE,
 * gone when closed) and are read back with pread(), so the process keeps
 * only an offset per vacancy: memory does not grow with the cards' text.
 * When no such file can be made, each card is rendered when asked.
 *
 * Within one build a vacancy's card cannot change: the build reads one
 * snapshot of the index, and everything else a card shows (organisation
 * names, vocabularies, date, theme) is fixed for the build.
 */
#define _GNU_SOURCE	/* O_TMPFILE */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mustache.h"
#include "site.h"
#include "util.h"

struct cards {
	json_t *where;		/* slug -> offset * 2^24 + length */
	int fd;			/* -1: not made yet; -2: cannot be made */
	off_t end;
	sqlite3_stmt *lookup;	/* a vacancy's data by slug, on this process's connection */
	struct buf text;	/* the card last returned */
};

#define CARD_MAX_LEN	((json_int_t)1 << 24)

static struct cards *
cards_of(struct site *s)
{
	if (s->cards == NULL) {
		s->cards = xcalloc(1, sizeof(*s->cards));
		s->cards->where = json_object();
		s->cards->fd = -1;
	}
	return s->cards;
}

static int
open_store(struct site *s, struct cards *c)
{
	if (c->fd == -1) {
		c->fd = open(s->out, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
		if (c->fd < 0)
			c->fd = -2;
	}
	return c->fd >= 0;
}

/* Renders slug's card into c->text; data is the vacancy's (NULL: looked up). 0 or -1. */
static int
render_card(struct site *s, struct cards *c, const char *slug, json_t *data)
{
	const struct mustache *m = theme_template(s->theme, "vacature-kaart");
	struct mustache_error err = { 0 };
	json_t *own = NULL, *ctx;
	int rc;

	if (m == NULL)
		return error("theme has no template 'vacature-kaart'");
	if (data == NULL) {
		if (c->lookup == NULL && sqlite3_prepare_v2(s->db,
		    "SELECT data FROM entries WHERE type = 'vacature' AND slug = ?", -1, &c->lookup, NULL) != SQLITE_OK)
			return error("index: %s", sqlite3_errmsg(s->db));
		sqlite3_bind_text(c->lookup, 1, slug, -1, SQLITE_STATIC);
		if (sqlite3_step(c->lookup) == SQLITE_ROW)
			own = json_loads((const char *)sqlite3_column_text(c->lookup, 0), 0, NULL);
		sqlite3_reset(c->lookup);
		if (own == NULL)
			return error("index: vacancy '%s' has no readable data", slug);
		data = own;
	}
	/* The card sees what it would see inside a page: its summary over the common context. */
	ctx = vacancy_summary(s, slug, data);
	json_object_update_missing(ctx, s->common);
	buf_reset(&c->text);
	rc = mustache_render(m, ctx, theme_loader, s->theme, &c->text, &err);
	json_decref(ctx);
	json_decref(own);
	if (rc < 0)
		return error("template 'vacature-kaart': %s", err.msg);
	/* The line that inserts the card ends the card's last line. */
	if (c->text.len && c->text.data[c->text.len - 1] == '\n')
		c->text.data[--c->text.len] = '\0';
	return 0;
}

const char *
site_card(struct site *s, const char *slug, json_t *data, size_t *len)
{
	struct cards *c = cards_of(s);
	json_t *at = json_object_get(c->where, slug);

	if (at != NULL) {
		json_int_t v = json_integer_value(at);
		size_t n = (size_t)(v % CARD_MAX_LEN);
		off_t off = (off_t)(v / CARD_MAX_LEN);

		buf_reset(&c->text);
		buf_grow(&c->text, n);
		if (pread(c->fd, c->text.data, n, off) == (ssize_t)n) {
			c->text.len = n;
			c->text.data[n] = '\0';
			*len = n;
			return c->text.data;
		}
		json_object_del(c->where, slug);	/* render it again below */
	}
	if (render_card(s, c, slug, data) < 0)
		return NULL;
	if ((json_int_t)c->text.len < CARD_MAX_LEN && open_store(s, c) &&
	    pwrite(c->fd, c->text.data, c->text.len, c->end) == (ssize_t)c->text.len) {
		json_object_set_new(c->where, slug, json_integer((json_int_t)c->end * CARD_MAX_LEN +
		    (json_int_t)c->text.len));
		c->end += (off_t)c->text.len;
	}
	*len = c->text.len;
	return c->text.data;
}

json_t *
site_card_item(struct site *s, const char *slug, json_t *data)
{
	size_t len;
	const char *html = site_card(s, slug, data, &len);

	return json_pack("{s:s%}", "kaart", html ? html : "", html ? len : 0);
}

void
site_cards_free(struct site *s, int inherited)
{
	struct cards *c = s->cards;

	if (c == NULL)
		return;
	/* A forked child must not finalize its parent's statement: it belongs to the parent's connection. */
	if (!inherited)
		sqlite3_finalize(c->lookup);
	if (c->fd >= 0)
		close(c->fd);
	json_decref(c->where);
	buf_release(&c->text);
	free(c);
	s->cards = NULL;
}
