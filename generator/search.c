/*
 * The search index of /zoeken/, written as static JSON for the
 * enhancement script (theme/static/js/site.js); no program runs on the
 * server. Modelled on Pagefind: a first query reads a small entry, then
 * fetches the term shards its words fall in and the metadata of the
 * results it shows, nothing more. The /zoeken/ page carries the entries
 * (search_entries()), so the shards are asked for as soon as the script
 * runs, without a round trip for the entry first.
 *
 * Three indexes, each a folder below zoeken/index/: open (the listed
 * vacancies), gesloten (the other published vacancies, fetched only when
 * a pupil asks for closed ones too) and info (handbook chapters, tips and
 * materials). Each folder holds
 *   start.json  the entry: version, number of documents, the first term
 *               of every shard, documents per metadata bucket; open also
 *               has the facets (names, values, counts), the places with
 *               their coordinates and the layout of the facet columns
 *   w/N.json    term shard N: sorted terms, their postings and the cards
 *               (metadata records) of their champions, see below
 *   w/N.nV.json open index: the champions of shard N's terms among the
 *               vacancies of level V, with the cards w/N.json lacks
 *   d/C.json    every term starting with code point C, for one-typo
 *               matching, fetched only when a word matches nothing
 *   m/B.json    the metadata of the documents of bucket B (URL, title,
 *               snippet, ...), fetched for the results shown
 *   k/NAME.json the facets of every document (vacancy indexes), one file
 *               per filter value of the multi-valued facets (k/s3.json:
 *               the vacancies of sector 3, a bitmap) and one per column of
 *               the others (k/l.json: the place of every vacancy), so a
 *               first filter fetches the one or two files it needs; the
 *               live counts need all of them and come after the results;
 *               a value's bitmap carries the cards of its newest vacancies
 * Documents are numbered in (bucket, slug) order, the bucket being the
 * FNV-1a hash of the slug modulo a power of two, so a changed vacancy
 * rewrites its own metadata file only. A posting is a base-64 varint of
 * (id delta << 2 | weight class); a bitmap holds six documents per base-64
 * digit (document 6i + b is bit b of digit i); a column holds fixed-width
 * base-64 digits per document. Terms are folded (case, diacritics), stop words
 * are dropped, and a small Dutch stemmer that the script repeats exactly
 * shortens them. Every file is JSON made by jansson; the script puts text
 * into the page with textContent only.
 *
 * Champions: a term's best CHAMPS documents (highest weight class, then
 * lowest id) and a bit-mask value's newest ones (highest recency, then
 * lowest id). The shards list every term's ("h") and carry the records
 * ("c": id -> record) of those of the terms of most documents, as many as
 * fit in twice the bytes of all postings (cards_cutoff()); the bitmaps carry
 * their value's. The best four results of a one-word
 * search without filters are among the champions of the word's terms (a
 * document ahead of them would have to be ahead in its own best term),
 * and those of one filter value without a query among the value's, so
 * such a first search shows its first cards without waiting for the
 * metadata files (m/). The level files do the same for one word with one
 * level chosen: per term with cards, its best CHAMPS documents of that
 * level.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "site.h"
#include "util.h"

#define DIGITS "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
#define SHARD_BYTES 24000	/* posting bytes per term shard, before compression */
#define BUCKET_DOCS 16		/* average documents per metadata file */
#define MAX_TERM 24		/* code points kept of a word */
#define SNIPPET 180		/* bytes of text shown under a result, about */
#define MAX_MASK 30		/* values of a multi-valued facet the script can filter on */
#define INLINE_CLOSED 2048	/* bytes of the gesloten entry up to which the page carries it */
#define CHAMPS 4		/* cards a term or filter value carries: what a phone shows first */

/* Weight classes of a posting: where the word stands in the document. */
enum { W_TEXT, W_TEXT_MORE, W_FIELD, W_TITLE };

/* ---- terms: folding, stop words, stemming (mirrored by site.js) ---- */

/*
 * U+00C0..U+017F folded: a letter, ' ' for a separator (× ÷) or a digit
 * 1-5 for ae, oe, ss, th, ij. Generated from Unicode decompositions.
 */
static const char latin[] =
	"aaaaaa1ceeeeiiiidnooooo ouuuuy43aaaaaa1ceeeeiiiidnooooo ouuuuy4y"
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii55jjkkkllllllll"
	"llnnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static const char *const expand[] = { "ae", "oe", "ss", "th", "ij" };

/* Sorted; dropped from documents and queries alike. */
static const char *const stopwords[] = {
	"aan", "al", "alle", "als", "ben", "bij", "dan", "dat", "de", "deze", "die", "dit", "doe",
	"doen", "door", "dus", "een", "en", "er", "ga", "gaat", "had", "heb", "hebt", "heeft", "het",
	"hier", "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "jou", "jouw", "kan", "kun", "kunt",
	"maar", "me", "met", "mij", "mijn", "na", "naar", "niet", "nog", "nu", "of", "om", "ons",
	"onze", "ook", "op", "over", "te", "tot", "uit", "uw", "van", "voor", "waar", "wat", "we",
	"wel", "wie", "wij", "wil", "wordt", "ze", "zich", "zij", "zijn", "zo", "zoals", "zou",
};

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
vowel(char c)
{
	return c && strchr("aeiouy", c) != NULL;
}

/*
 * A small Dutch stemmer for words of a-z only. Words of five letters or
 * more lose -heden (to -heid), then a plural -s, then -en, then a final
 * -e, then a doubled consonant; after that every doubled aa, ee, oo, uu
 * becomes single, so afspraak and afspraken meet in afsprak. Crude next
 * to Snowball, but short enough to repeat in the script, and the script
 * matches stems as prefixes, which covers much of the rest.
 */
static void
stem(char *w)
{
	size_t n = strlen(w), o = 0;

	if (strspn(w, "abcdefghijklmnopqrstuvwxyz") != n)
		return;
	if (n >= 5 && ends_with(w, "heden")) {
		strcpy(w + n - 5, "heid");
		n--;
	} else if (n >= 5) {
		if (w[n - 1] == 's' && ((!vowel(w[n - 2]) && w[n - 2] != 'j') || (w[n - 2] == 'e' && !vowel(w[n - 3]))))
			w[--n] = '\0';
		if (n >= 5 && w[n - 1] == 'n' && w[n - 2] == 'e' && !vowel(w[n - 3]))
			w[n -= 2] = '\0';
		if (n >= 4 && w[n - 1] == 'e' && !vowel(w[n - 2]))
			w[--n] = '\0';
		if (n >= 4 && w[n - 1] == w[n - 2] && !vowel(w[n - 1]))
			w[--n] = '\0';
	}
	for (size_t i = 0; i < n; i++)
		if (!(i && w[i] == w[i - 1] && strchr("aeou", w[i])))
			w[o++] = w[i];
	w[o] = '\0';
}

/* The next code point of valid UTF-8 (the index holds only valid text). */
static unsigned
next_cp(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned c = s[0];
	int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;

	if (more)
		c &= 0x3F >> more;
	for (int i = 1; i <= more && (s[i] & 0xC0) == 0x80; i++, (*p)++)
		c = c << 6 | (s[i] & 0x3F);
	(*p)++;
	return c;
}

static void
put_cp(struct buf *b, unsigned c)
{
	if (c < 0x80) {
		buf_putc(b, (int)c);
	} else if (c < 0x800) {
		buf_putc(b, (int)(0xC0 | c >> 6));
		buf_putc(b, (int)(0x80 | (c & 0x3F)));
	} else {
		buf_putc(b, (int)(0xE0 | c >> 12));
		buf_putc(b, (int)(0x80 | (c >> 6 & 0x3F)));
		buf_putc(b, (int)(0x80 | (c & 0x3F)));
	}
}

static void
emit_term(struct buf *w, int cps, void (*fn)(void *, const char *), void *arg)
{
	const char *word = buf_str(w);

	if (cps < 2 || bsearch(&word, stopwords, sizeof(stopwords) / sizeof(stopwords[0]),
	    sizeof(stopwords[0]), cmp_str))
		return;
	stem(w->data);
	fn(arg, w->data);
}

void
search_terms(const char *text, void (*fn)(void *arg, const char *term), void *arg)
{
	const unsigned char *p = (const unsigned char *)text;
	struct buf w = BUF_INIT;
	int cps = 0;

	for (;;) {
		unsigned c = *p ? next_cp(&p) : 0;
		const char *add = NULL;
		char one[2] = { 0, 0 };

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			one[0] = (char)c;
			add = one;
		} else if (c >= 0xC0 && c < 0x180 && latin[c - 0xC0] != ' ') {
			char m = latin[c - 0xC0];

			one[0] = m;
			add = m >= '1' && m <= '5' ? expand[m - '1'] : one;
		} else if (c >= 0x300 && c < 0x370) {
			continue;	/* combining marks: the letter before them counts */
		} else if ((c >= 0x180 && c < 0x2000) || (c >= 0x3040 && c < 0xD800)) {
			if (cps++ < MAX_TERM)
				put_cp(&w, c);
			continue;
		}
		if (add) {
			for (; *add; add++)
				if (cps++ < MAX_TERM)
					buf_putc(&w, *add);
			continue;
		}
		if (w.len)
			emit_term(&w, cps < MAX_TERM ? cps : MAX_TERM, fn, arg);
		buf_reset(&w);
		cps = 0;
		if (c == 0)
			break;
	}
	buf_release(&w);
}

/* ---- plain text of rendered Markdown ---- */

/* Text of cmark's HTML: tags become spaces (inline ones nothing), entities decoded, space collapsed. */
static void
html_text(struct buf *out, const char *html)
{
	static const char *const inline_tags[] = { "a", "code", "em", "strong", NULL };
	const char *p = html;
	int space = 1;

	while (p && *p) {
		if (*p == '<') {
			const char *end = strchr(p, '>');
			size_t n = strspn(p + 1 + (p[1] == '/'), "abcdefghijklmnopqrstuvwxyz0123456789");
			int is_inline = 0;

			for (int i = 0; inline_tags[i]; i++)
				if (strlen(inline_tags[i]) == n && !strncmp(p + 1 + (p[1] == '/'), inline_tags[i], n))
					is_inline = 1;
			if (!is_inline && !space)
				buf_putc(out, ' '), space = 1;
			p = end ? end + 1 : p + strlen(p);
			continue;
		}
		if (*p == '&') {
			static const struct { const char *name; char c; } ents[] = {
				{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#39;", '\'' },
			};
			size_t k;

			for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++)
				if (!strncmp(p, ents[k].name, strlen(ents[k].name)))
					break;
			if (k < sizeof(ents) / sizeof(ents[0])) {
				buf_putc(out, ents[k].c);
				p += strlen(ents[k].name);
				space = 0;
				continue;
			}
			if (p[1] == '#') {
				char *end;
				unsigned long c = p[2] == 'x' || p[2] == 'X' ? strtoul(p + 3, &end, 16) : strtoul(p + 2, &end, 10);

				if (*end == ';' && c > 0 && c < 0x10000 && !(c >= 0xD800 && c < 0xE000)) {
					put_cp(out, (unsigned)c);
					p = end + 1;
					space = 0;
					continue;
				}
			}
		}
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			if (!space)
				buf_putc(out, ' '), space = 1;
		} else {
			buf_putc(out, *p);
			space = 0;
		}
		p++;
	}
	while (out->len && out->data[out->len - 1] == ' ')
		buf_truncate(out, out->len - 1);
}

/* The start of text, cut at a space, with "…" when shortened. New string. */
static char *
snippet(const char *text)
{
	size_t n = strlen(text), cut;
	struct buf b = BUF_INIT;

	if (n <= SNIPPET)
		return xstrdup(text);
	for (cut = SNIPPET; cut > SNIPPET / 2 && text[cut] != ' '; cut--)
		;
	if (text[cut] != ' ')	/* no space: cut at a character boundary */
		for (cut = SNIPPET; (text[cut] & 0xC0) == 0x80; cut--)
			;
	buf_add(&b, text, cut);
	while (b.len && strchr(" ,;:.-", b.data[b.len - 1]))
		buf_truncate(&b, b.len - 1);
	buf_puts(&b, "…");
	return buf_detach(&b);
}

/* ---- compact numbers ---- */

/* A varint: 5 bits per digit, most significant first, 32 added to all but the last. */
static void
put_varint(struct buf *b, uint32_t v)
{
	char tmp[8];
	int n = 0;

	do {
		tmp[n] = DIGITS[(v & 31) | (n ? 32 : 0)];
		n++;
		v >>= 5;
	} while (v);
	while (n)
		buf_putc(b, tmp[--n]);
}

/* v as exactly width base-64 digits, most significant first. */
static void
put_fixed(struct buf *b, uint32_t v, int width)
{
	for (int i = width - 1; i >= 0; i--)
		buf_putc(b, DIGITS[(v >> (6 * i)) & 63]);
}

/* Digits needed for values 0..max. */
static int
width_for(uint32_t max)
{
	int w = 1;

	while (w < 5 && (max >> (6 * w)))
		w++;
	return w;
}

/* Days since 1970-01-01 of "YYYY-MM-DD" (proleptic Gregorian), or -1. */
static long
day_number(const char *iso)
{
	long y, m, d, era, yoe, doy, doe;

	if (iso == NULL || strlen(iso) < 10)
		return -1;
	y = atol(iso), m = atol(iso + 5), d = atol(iso + 8);
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* ---- one index being built ---- */

/*
 * The best CHAMPS documents of a term or of a filter value, best first:
 * key descending (weight class; recency), then id ascending. Documents
 * are offered in id order, so a later one joins only with a higher key.
 */
struct champs {
	uint32_t id[CHAMPS];
	unsigned char key[CHAMPS];
	unsigned n;
};

/* Offers document id with key to c: 1 if it joined (and its record must be kept). */
static int
champ_offer(struct champs *c, uint32_t id, unsigned key)
{
	unsigned i = c->n < CHAMPS ? c->n : CHAMPS - 1;

	if (c->n == CHAMPS && key <= c->key[CHAMPS - 1])
		return 0;
	for (; i > 0 && c->key[i - 1] < key; i--) {
		c->id[i] = c->id[i - 1];
		c->key[i] = c->key[i - 1];
	}
	c->id[i] = id;
	c->key[i] = (unsigned char)key;
	if (c->n < CHAMPS)
		c->n++;
	return 1;
}

struct term {
	char *text;		/* owned: a folded, stemmed word */
	uint32_t *post;		/* owned: id << 2 | weight class, ids ascending */
	size_t n, cap;
	struct champs champ;	/* its best documents */
	struct champs *level;	/* owned: its best documents of each level, x->nlevels, or NULL */
};

/* One document's terms before they join the index. */
struct doc_term {
	size_t off;		/* into the arena */
	int weight;		/* weight class of the field it came from */
	const char *text;	/* set when sorting */
};

/*
 * The facet columns of a vacancy index, in this order. Bit-mask columns
 * (several values per document) are written as one bitmap per value, the
 * others as one file of fixed-width digits.
 */
enum { C_SECTOR, C_NIVEAU, C_SOORT, C_PLAATS, C_GESCHIKT, C_PERIODE, C_WEEK, NCOL };
static const char *const col_names[NCOL] = { "s", "n", "k", "l", "g", "p", "d" };
static const int col_bits[NCOL] = { 1, 1, 0, 0, 1, 1, 0 };

struct sindex {
	struct site *s;		/* borrowed */
	const char *dir;	/* "zoeken/index/open" */
	struct term *terms;	/* owned */
	size_t nterms, tcap;
	size_t *slot;		/* owned: open addressing over terms, index + 1, 0 free */
	size_t nslot;		/* a power of two */
	struct buf arena;	/* the current document's terms, NUL-terminated */
	struct doc_term *dt;	/* owned */
	size_t ndt, dtcap;
	int weight;		/* of the field being added */
	uint32_t ndocs;
	unsigned nb;		/* metadata buckets, a power of two */
	long bucket;		/* bucket of the records in meta, -1 none */
	json_t *meta;		/* owned: its records */
	struct buf sizes;	/* documents per bucket, one digit each */
	uint32_t version;	/* hash over every file written but the entry */
	uint32_t *col[NCOL];	/* owned: facet values per document, vacancy indexes only */
	size_t ccap;		/* documents col[] has room for */
	struct champs fchamp[NCOL][MAX_MASK];	/* the newest documents of each bit-mask value */
	int keep;		/* the current document is a champion somewhere */
	unsigned nlevels;	/* levels (niveaus) with champions per term: open index only, else 0 */
	char **rec;		/* owned: records (compact JSON) of champions by id, else NULL */
	size_t rcap;		/* documents rec[] has room for */
};

/* The shared facet layout of both vacancy indexes. */
struct layout {
	json_t *places;		/* owned: place slug -> index in the place list */
	json_t *place_list;	/* owned: [[naam, gemeente index, lat e4, lon e4]] */
	int width[NCOL];	/* digits per document of a column; values of a bit-mask column */
	long today;		/* day number of the build date */
	long school_end;	/* day number of the last day of this school year (31 July) */
	json_int_t *counts[5];	/* owned: listed vacancies per value of each facet */
};

static const struct {
	const char *id, *vocab, *field, *label;
	int col;
} facets[5] = {
	{ "sector", "sectoren", "sectoren", "facet_sector", C_SECTOR },
	{ "niveau", "niveaus", "niveaus", "facet_niveau", C_NIVEAU },
	{ "soort", "soorten", "soort", "facet_soort", C_SOORT },
	{ "gemeente", "gemeenten", NULL, "facet_gemeente", -1 },
	{ "geschiktheid", "geschiktheid", "geschiktheid", "facet_geschiktheid", C_GESCHIKT },
};

static void
sindex_init(struct sindex *x, struct site *s, const char *dir)
{
	memset(x, 0, sizeof(*x));
	x->s = s;
	x->dir = dir;
	x->nslot = 1024;
	x->slot = xcalloc(x->nslot, sizeof(*x->slot));
	x->bucket = -1;
	x->version = 2166136261u;
}

static void
sindex_release(struct sindex *x)
{
	for (size_t i = 0; i < x->nterms; i++) {
		free(x->terms[i].text);
		free(x->terms[i].post);
		free(x->terms[i].level);
	}
	free(x->terms);
	free(x->slot);
	free(x->dt);
	buf_release(&x->arena);
	buf_release(&x->sizes);
	json_decref(x->meta);
	for (int i = 0; i < NCOL; i++)
		free(x->col[i]);
	for (size_t i = 0; i < x->rcap; i++)
		free(x->rec[i]);
	free(x->rec);
}

/* Writes text as x->dir/rel and, when versioned, mixes it into the version. */
static int
put_text(struct sindex *x, const char *rel, const char *text, size_t len, int versioned)
{
	struct buf path = BUF_INIT;
	int rc;

	buf_printf(&path, "%s/%s", x->dir, rel);
	if (versioned)
		x->version = (x->version ^ fnv1a(text, len)) * 16777619u;
	rc = site_file(x->s, path.data, text, len);
	buf_release(&path);
	return rc;
}

/* Writes x->dir/rel as compact JSON (value is stolen) and mixes it into the version. */
static int
put_json(struct sindex *x, const char *rel, json_t *value, int versioned)
{
	char *text = json_dumps(value, JSON_COMPACT);
	int rc;

	json_decref(value);
	if (text == NULL)
		return error("search index: cannot encode %s", rel);
	rc = put_text(x, rel, text, strlen(text), versioned);
	free(text);
	return rc;
}

static struct term *
term_get(struct sindex *x, const char *text)
{
	uint32_t h = fnv1a(text, strlen(text));
	size_t i = h & (x->nslot - 1);
	struct term *t;

	for (; x->slot[i]; i = (i + 1) & (x->nslot - 1))
		if (!strcmp(x->terms[x->slot[i] - 1].text, text))
			return &x->terms[x->slot[i] - 1];
	if (x->nterms * 2 >= x->nslot) {
		size_t n = x->nslot * 2, *slot = xcalloc(n, sizeof(*slot));

		for (size_t k = 0; k < x->nterms; k++) {
			size_t j = fnv1a(x->terms[k].text, strlen(x->terms[k].text)) & (n - 1);

			while (slot[j])
				j = (j + 1) & (n - 1);
			slot[j] = k + 1;
		}
		free(x->slot);
		x->slot = slot;
		x->nslot = n;
		return term_get(x, text);
	}
	if (x->nterms == x->tcap) {
		x->tcap = x->tcap ? x->tcap * 2 : 1024;
		x->terms = realloc(x->terms, x->tcap * sizeof(*x->terms));
		if (x->terms == NULL)
			abort();
	}
	t = &x->terms[x->nterms++];
	memset(t, 0, sizeof(*t));
	t->text = xstrdup(text);
	x->slot[i] = x->nterms;
	return t;
}

static void
collect(void *arg, const char *term)
{
	struct sindex *x = arg;

	if (x->ndt == x->dtcap) {
		x->dtcap = x->dtcap ? x->dtcap * 2 : 256;
		x->dt = realloc(x->dt, x->dtcap * sizeof(*x->dt));
		if (x->dt == NULL)
			abort();
	}
	x->dt[x->ndt].off = x->arena.len;
	x->dt[x->ndt].weight = x->weight;
	x->ndt++;
	buf_add(&x->arena, term, strlen(term) + 1);
}

/* Adds a field of the current document with a weight class. */
static void
add_text(struct sindex *x, const char *text, int weight)
{
	if (text == NULL || *text == '\0')
		return;
	x->weight = weight;
	search_terms(text, collect, x);
}

static int
cmp_doc_term(const void *a, const void *b)
{
	return strcmp(((const struct doc_term *)a)->text, ((const struct doc_term *)b)->text);
}

/*
 * Ends the current document: its terms join the index under the next id.
 * levels: the document's niveaus (bit mask), for the terms' champions per
 * level.
 */
static void
flush_terms(struct sindex *x, uint32_t levels)
{
	uint32_t id = x->ndocs++;
	size_t i = 0;

	for (size_t k = 0; k < x->ndt; k++)
		x->dt[k].text = x->arena.data + x->dt[k].off;
	if (x->ndt)
		qsort(x->dt, x->ndt, sizeof(*x->dt), cmp_doc_term);
	while (i < x->ndt) {
		size_t j = i;
		int weight = 0, texts = 0;
		struct term *t;

		for (; j < x->ndt && !strcmp(x->dt[j].text, x->dt[i].text); j++) {
			if (x->dt[j].weight > weight)
				weight = x->dt[j].weight;
			texts += x->dt[j].weight == W_TEXT;
		}
		if (weight == W_TEXT && texts > 1)
			weight = W_TEXT_MORE;
		t = term_get(x, x->dt[i].text);
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 4;
			t->post = realloc(t->post, t->cap * sizeof(*t->post));
			if (t->post == NULL)
				abort();
		}
		t->post[t->n++] = id << 2 | (uint32_t)weight;
		x->keep |= champ_offer(&t->champ, id, (unsigned)weight);
		for (unsigned v = 0; v < x->nlevels; v++) {
			if (!(levels >> v & 1))
				continue;
			if (t->level == NULL)
				t->level = xcalloc(x->nlevels, sizeof(*t->level));
			x->keep |= champ_offer(&t->level[v], id, (unsigned)weight);
		}
		i = j;
	}
	x->ndt = 0;
	buf_reset(&x->arena);
}

static int
flush_bucket(struct sindex *x)
{
	char rel[32];
	size_t n;

	if (x->bucket < 0)
		return 0;
	n = json_array_size(x->meta);
	snprintf(rel, sizeof(rel), "m/%ld.json", x->bucket);
	x->bucket = -1;
	return n ? put_json(x, rel, json_incref(x->meta), 1) : 0;
}

/*
 * Adds the metadata record (stolen) of the document flush_terms() ended;
 * documents come in bucket order. A champion's record is kept as well.
 */
static int
add_meta(struct sindex *x, unsigned bucket, json_t *record)
{
	size_t id = x->ndocs - 1;
	int rc = 0;

	if (id >= x->rcap) {
		size_t n = x->rcap ? x->rcap * 2 : 1024;

		x->rec = realloc(x->rec, n * sizeof(*x->rec));
		if (x->rec == NULL)
			abort();
		memset(x->rec + x->rcap, 0, (n - x->rcap) * sizeof(*x->rec));
		x->rcap = n;
	}
	if (x->keep)
		x->rec[id] = json_dumps(record, JSON_COMPACT);
	x->keep = 0;

	if ((long)bucket != x->bucket) {
		rc = flush_bucket(x);
		json_decref(x->meta);
		x->meta = json_array();
		x->bucket = bucket;
	}
	json_array_append_new(x->meta, record);
	return rc;
}

/* Bytes of the records of the champions in c. */
static size_t
cards_bytes(const struct sindex *x, const struct champs *c)
{
	size_t bytes = 0;

	for (unsigned i = 0; i < c->n; i++)
		bytes += strlen(x->rec[c->id[i]]) + 10;
	return bytes;
}

/*
 * Adds to cards (id -> record; if any) the records of the champions in c
 * it lacks; to head (if any) their ids, best first, as id << 2 | key when
 * shift.
 */
static void
add_cards(const struct sindex *x, json_t *cards, json_t *head, const struct champs *c, int shift)
{
	char key[16];

	for (unsigned i = 0; i < c->n; i++) {
		if (head)
			json_array_append_new(head, json_integer(shift ? (json_int_t)c->id[i] << 2 | c->key[i] : c->id[i]));
		snprintf(key, sizeof(key), "%u", c->id[i]);
		if (cards && json_object_get(cards, key) == NULL)
			json_object_set_new(cards, key, json_loads(x->rec[c->id[i]], 0, NULL));
	}
}

/* The shard {t: terms, p: postings, h: heads, c: cards} (all four stolen). */
static json_t *
shard_json(json_t *t, json_t *p, json_t *h, json_t *c)
{
	json_t *shard = json_pack("{s:o, s:o, s:o}", "t", t, "p", p, "h", h);

	if (json_object_size(c))
		json_object_set(shard, "c", c);
	json_decref(c);
	return shard;
}

static int
cmp_term(const void *a, const void *b)
{
	return strcmp((*(struct term *const *)a)->text, (*(struct term *const *)b)->text);
}

static int
cmp_docs_desc(const void *a, const void *b)
{
	size_t p = (*(struct term *const *)a)->n, q = (*(struct term *const *)b)->n;

	return p < q ? 1 : p > q ? -1 : 0;
}

/*
 * The fewest documents a term may have for its champions' cards to come
 * with its shard: terms by number of documents, most first, as long as
 * their cards together stay within twice the bytes of all postings, so
 * the term shards grow at most threefold. SIZE_MAX: none.
 */
static size_t
cards_cutoff(const struct sindex *x, struct term *const *sorted)
{
	struct term **by = xmalloc((x->nterms ? x->nterms : 1) * sizeof(*by));
	size_t post = 0, cards = 0, cut = SIZE_MAX;

	for (size_t i = 0; i < x->nterms; i++) {
		by[i] = sorted[i];
		for (size_t k = 0; k < by[i]->n; k++) {
			uint32_t v = ((by[i]->post[k] >> 2) - (k ? by[i]->post[k - 1] >> 2 : 0)) << 2;

			for (post++; v >>= 5;)
				post++;
		}
	}
	if (x->nterms)
		qsort(by, x->nterms, sizeof(*by), cmp_docs_desc);
	for (size_t i = 0; i < x->nterms; i++) {
		cards += cards_bytes(x, &by[i]->champ);
		if (cards > 2 * post)
			break;
		cut = by[i]->n;
	}
	free(by);
	return cut;
}

/*
 * The level files of the shard being written, as JSON text: per level the
 * heads of its terms and the records of their champions that the shard's
 * cards lack. They hold many records, already JSON in x->rec, so they are
 * written as text rather than parsed into jansson trees again.
 */
struct level_files {
	struct buf head[MAX_MASK];	/* "[...],null,[...]": one per term */
	struct buf cards[MAX_MASK];	/* "\"id\":record,..." */
	uint32_t *seen[MAX_MASK];	/* owned: shard number + 1 where a document's record is in cards */
};

/*
 * Adds term t of shard number shard: per level its champions of that level
 * (null when its plain champions bring no cards either) and their records
 * that neither the shard's cards nor the level file have yet.
 */
static void
add_level_heads(const struct sindex *x, struct level_files *lf, size_t shard, const struct term *t,
	int carded, json_t *shard_c)
{
	static const struct champs none;
	char key[16];

	for (unsigned v = 0; v < x->nlevels; v++) {
		const struct champs *c = t->level ? &t->level[v] : &none;
		struct buf *h = &lf->head[v], *cards = &lf->cards[v];

		if (h->len)
			buf_putc(h, ',');
		if (!carded) {
			buf_puts(h, "null");
			continue;
		}
		if (lf->seen[v] == NULL)
			lf->seen[v] = xcalloc(x->ndocs ? x->ndocs : 1, sizeof(*lf->seen[v]));
		buf_putc(h, '[');
		for (unsigned i = 0; i < c->n; i++) {
			uint32_t id = c->id[i];

			buf_printf(h, "%s%llu", i ? "," : "", (unsigned long long)id << 2 | c->key[i]);
			snprintf(key, sizeof(key), "%u", id);
			if (lf->seen[v][id] == shard + 1 || json_object_get(shard_c, key))
				continue;
			lf->seen[v][id] = (uint32_t)shard + 1;
			buf_printf(cards, "%s\"%u\":%s", cards->len ? "," : "", id, x->rec[id]);
		}
		buf_putc(h, ']');
	}
}

/* Writes the level files w/N.nV.json of shard N and empties lf for the next shard. */
static int
put_level_files(struct sindex *x, struct level_files *lf, size_t shard)
{
	struct buf text = BUF_INIT;
	char rel[48];
	int rc = 0;

	for (unsigned v = 0; rc == 0 && v < x->nlevels; v++) {
		buf_reset(&text);
		buf_printf(&text, "{\"h\":[%s],\"c\":{%s}}", buf_str(&lf->head[v]), buf_str(&lf->cards[v]));
		snprintf(rel, sizeof(rel), "w/%zu.n%u.json", shard, v);
		rc = put_text(x, rel, text.data, text.len, 1);
		buf_reset(&lf->head[v]);
		buf_reset(&lf->cards[v]);
	}
	buf_release(&text);
	return rc;
}

static void
level_files_release(struct level_files *lf)
{
	for (unsigned v = 0; v < MAX_MASK; v++) {
		buf_release(&lf->head[v]);
		buf_release(&lf->cards[v]);
		free(lf->seen[v]);
	}
}

/* Term shards, typo dictionaries and the entry; extra holds index-specific keys (stolen). */
static int
finish(struct sindex *x, json_t *extra)
{
	struct term **sorted = xmalloc((x->nterms ? x->nterms : 1) * sizeof(*sorted));
	json_t *firsts = json_array(), *shard_t = NULL, *shard_p = NULL, *shard_h = NULL, *shard_c = NULL, *dict = NULL;
	json_t *head;
	struct level_files levels = { 0 };
	struct buf post = BUF_INIT, letters = BUF_INIT;
	unsigned dict_cp = 0;
	size_t bytes = 0, shards = 0, cards, cut;
	int rc = flush_bucket(x);
	char rel[32];
	json_t *entry;

	for (size_t i = 0; i < x->nterms; i++)
		sorted[i] = &x->terms[i];
	qsort(sorted, x->nterms, sizeof(*sorted), cmp_term);
	cut = cards_cutoff(x, sorted);
	for (size_t i = 0; rc == 0 && i <= x->nterms; i++) {
		struct term *t = i < x->nterms ? sorted[i] : NULL;
		const unsigned char *p = t ? (const unsigned char *)t->text : NULL;
		unsigned cp = t ? next_cp(&p) : 0;

		if (shard_t && (t == NULL || bytes >= SHARD_BYTES)) {
			rc = put_level_files(x, &levels, shards);
			snprintf(rel, sizeof(rel), "w/%zu.json", shards++);
			if (rc == 0)
				rc = put_json(x, rel, shard_json(shard_t, shard_p, shard_h, shard_c), 1);
			else
				json_decref(shard_json(shard_t, shard_p, shard_h, shard_c));
			shard_t = shard_p = shard_h = shard_c = NULL;
			bytes = 0;
		}
		if (dict && (t == NULL || cp != dict_cp)) {
			snprintf(rel, sizeof(rel), "d/%u.json", dict_cp);
			if (rc == 0)
				rc = put_json(x, rel, json_pack("{s:o}", "t", dict), 1);
			else
				json_decref(dict);
			dict = NULL;
		}
		if (t == NULL)
			break;
		if (shard_t == NULL) {
			shard_t = json_array();
			shard_p = json_array();
			shard_h = json_array();
			shard_c = json_object();
			json_array_append_new(firsts, json_string(t->text));
		}
		if (dict == NULL) {
			dict = json_array();
			dict_cp = cp;
			put_cp(&letters, cp);
		}
		buf_reset(&post);
		for (size_t k = 0; k < t->n; k++)
			put_varint(&post, ((t->post[k] >> 2) - (k ? t->post[k - 1] >> 2 : 0)) << 2 | (t->post[k] & 3));
		json_array_append_new(shard_t, json_string(t->text));
		json_array_append_new(shard_p, json_stringn(post.data, post.len));
		json_array_append_new(dict, json_string(t->text));
		bytes += post.len + strlen(t->text) + 6;
		/*
		 * Its number of documents and its champions, and their records
		 * for the terms of most documents (cards_cutoff()): the first
		 * cards of a one-word search are among its terms' champions.
		 */
		cards = t->n >= cut ? cards_bytes(x, &t->champ) : 0;
		head = json_pack("[I]", (json_int_t)t->n);
		add_cards(x, cards ? shard_c : NULL, head, &t->champ, 1);
		/* And per level: the first cards of one word with one level (README.md). */
		add_level_heads(x, &levels, shards, t, cards != 0, shard_c);
		bytes += cards;
		bytes += 8 * t->champ.n;
		json_array_append_new(shard_h, head);
	}
	json_decref(shard_t);
	json_decref(shard_p);
	json_decref(shard_h);
	json_decref(shard_c);
	level_files_release(&levels);
	json_decref(dict);
	entry = json_pack("{s:s, s:I, s:I, s:s, s:o, s:s}", "v", "", "n", (json_int_t)x->ndocs,
		"nb", (json_int_t)x->nb, "bz", buf_str(&x->sizes), "w", firsts, "d", buf_str(&letters));
	if (extra)
		json_object_update(entry, extra);
	json_decref(extra);
	snprintf(rel, sizeof(rel), "%08x", x->version);
	json_object_set_new(entry, "v", json_string(rel));
	if (rc == 0)
		rc = put_json(x, "start.json", entry, 0);
	else
		json_decref(entry);
	free(sorted);
	buf_release(&post);
	buf_release(&letters);
	return rc;
}

/* ---- which documents, in which order ---- */

struct item {
	char *key;		/* owned: what the bucket is hashed from */
	char *type;		/* owned: entry type */
	char *slug;		/* owned */
	unsigned bucket;
};

static int
cmp_item(const void *a, const void *b)
{
	const struct item *p = a, *q = b;

	return p->bucket != q->bucket ? (p->bucket < q->bucket ? -1 : 1) : strcmp(p->key, q->key);
}

/* Chooses the bucket count (each bucket under 64 documents) and sorts items into id order. */
static unsigned
order_items(struct item *items, size_t n)
{
	unsigned nb = 1, *count = NULL;
	int again = 1;

	while (nb * BUCKET_DOCS < n)
		nb *= 2;
	while (again) {
		again = 0;
		count = xcalloc(nb, sizeof(*count));
		for (size_t i = 0; i < n; i++) {
			items[i].bucket = fnv1a(items[i].key, strlen(items[i].key)) & (nb - 1);
			if (++count[items[i].bucket] >= 64)
				again = 1;
		}
		free(count);
		if (again)
			nb *= 2;
	}
	if (n)	/* qsort() wants a valid pointer even for no items */
		qsort(items, n, sizeof(*items), cmp_item);
	return nb;
}

static void
items_free(struct item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(items[i].key);
		free(items[i].type);
		free(items[i].slug);
	}
	free(items);
}

/* Counts documents per bucket into x->sizes as one digit each. */
static void
bucket_sizes(struct sindex *x, const struct item *items, size_t n)
{
	unsigned *count = xcalloc(x->nb, sizeof(*count));

	for (size_t i = 0; i < n; i++)
		count[items[i].bucket]++;
	buf_reset(&x->sizes);
	for (unsigned b = 0; b < x->nb; b++)
		buf_putc(&x->sizes, DIGITS[count[b]]);
	free(count);
}

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

static const char *
vocab_name(struct site *s, const char *vocab, const char *slug)
{
	json_t *item = vocab_find(&s->v, vocab, slug);

	return item ? str(item, "naam") : "";
}

/* Position of slug in a vocabulary, or -1. */
static int
vocab_pos(struct site *s, const char *vocab, const char *slug)
{
	json_t *item;
	size_t i;

	json_array_foreach(vocab_items(&s->v, vocab), i, item)
		if (!strcmp(str(item, "slug"), slug))
			return (int)i;
	return -1;
}

/* ---- vacancies ---- */

/* Decimal degrees as whole 1/10000 degrees (about 10 m), rounded. */
static json_int_t
degrees_e4(json_t *v)
{
	double d = json_number_value(v) * 1e4;

	return (json_int_t)(d < 0 ? d - 0.5 : d + 0.5);
}

static void
layout_init(struct layout *l, struct site *s)
{
	json_t *g, *p;
	size_t i, j;
	long today = day_number(s->today);
	char end[16];

	memset(l, 0, sizeof(*l));
	l->places = json_object();
	l->place_list = json_array();
	json_array_foreach(vocab_items(&s->v, "gemeenten"), i, g)
		json_array_foreach(json_object_get(g, "plaatsen"), j, p) {
			json_object_set_new(l->places, str(p, "slug"), json_integer((json_int_t)json_array_size(l->place_list)));
			json_array_append_new(l->place_list, json_pack("[s, I, I, I]", str(p, "naam"), (json_int_t)i,
				degrees_e4(json_object_get(p, "lat")), degrees_e4(json_object_get(p, "lon"))));
		}
	for (int f = 0; f < 5; f++) {
		size_t n = json_array_size(vocab_items(&s->v, facets[f].vocab));

		l->counts[f] = xcalloc(n + 1, sizeof(json_int_t));
		if (facets[f].col >= 0)
			l->width[facets[f].col] = f == 2 ? width_for((uint32_t)(n ? n - 1 : 0)) :
			    (int)(n < MAX_MASK ? n : MAX_MASK);
	}
	l->width[C_PLAATS] = width_for((uint32_t)json_array_size(l->place_list));
	l->width[C_PERIODE] = 3;
	l->width[C_WEEK] = 1;
	l->today = today;
	snprintf(end, sizeof(end), "%.4d-07-31", atoi(s->today) + (atoi(s->today + 5) >= 8));
	l->school_end = day_number(end);
}

static void
layout_release(struct layout *l)
{
	json_decref(l->places);
	json_decref(l->place_list);
	for (int f = 0; f < 5; f++)
		free(l->counts[f]);
}

/*
 * The periods a vacancy fits, seen from the build date (the site is built
 * daily, as listing depends on the date too): 1 it can start within a
 * month, 2 within this school year, 4 next school year. A vacancy without
 * a start date (only an omschrijving such as "Elke dinsdag") fits all.
 */
static uint32_t
period_bits(struct layout *l, json_t *period)
{
	long van = day_number(str(period, "van")), tot = day_number(str(period, "tot"));
	long t = l->today, end = l->school_end;

	if (van < 0)
		return 7;
	return (uint32_t)((van <= t + 31 && (tot < 0 || tot >= t)) | (van <= end && (tot < 0 || tot >= t)) << 1 |
	    (van <= end + 365 && (tot < 0 || tot > end)) << 2);
}

/* How recent the posting is: 63 this week, one less per week before, 0 from 63 weeks. */
static uint32_t
recency(struct layout *l, const char *posted)
{
	long d = day_number(posted), weeks = d < 0 ? 63 : (l->today - d) / 7;

	return weeks < 0 ? 63 : weeks > 63 ? 0 : (uint32_t)(63 - weeks);
}

/* Bit mask of a list of vocabulary slugs; positions past MAX_MASK are left out. */
static uint32_t
mask_of(struct site *s, const char *vocab, json_t *slugs, json_int_t *counts, json_t *idx)
{
	uint32_t mask = 0;
	json_t *item;
	size_t i;

	json_array_foreach(slugs, i, item) {
		int pos = vocab_pos(s, vocab, json_string_value(item));

		if (pos < 0)
			continue;
		if (counts)
			counts[pos]++;
		if (pos >= MAX_MASK)
			continue;
		if (idx)
			json_array_append_new(idx, json_integer(pos));
		mask |= 1u << pos;
	}
	return mask;
}

/* One vacancy: its terms, facet columns and metadata record. */
static int
add_vacancy(struct sindex *x, struct layout *l, unsigned bucket, const char *slug, json_t *data,
	const char *html, int listed)
{
	struct site *s = x->s;
	json_t *sum = vacancy_summary(s, slug, data), *item, *rec;
	json_t *sectors = json_array(), *levels = json_array();
	json_t *place = vocab_place(&s->v, str(data, "plaats"));
	json_int_t pidx = json_integer_value(json_object_get(l->places, str(data, "plaats")));
	int soort = vocab_pos(s, "soorten", str(data, "soort")), gem = vocab_pos(s, "gemeenten", str(place, "gemeente"));
	struct buf text = BUF_INIT;
	char *snip;
	size_t i, id;
	uint32_t lv;

	add_text(x, str(data, "titel"), W_TITLE);
	add_text(x, str(json_object_get(sum, "organisatie"), "naam"), W_FIELD);
	add_text(x, str(place, "naam"), W_FIELD);
	add_text(x, vocab_name(s, "gemeenten", str(place, "gemeente")), W_FIELD);
	add_text(x, vocab_name(s, "soorten", str(data, "soort")), W_FIELD);
	for (int f = 0; f < 5; f++) {
		if (!facets[f].field || f == 2)
			continue;
		json_array_foreach(json_object_get(data, facets[f].field), i, item)
			add_text(x, vocab_name(s, facets[f].vocab, json_string_value(item)), W_FIELD);
	}
	json_array_foreach(json_object_get(data, "interesses"), i, item)
		add_text(x, json_string_value(item), W_FIELD);
	html_text(&text, html);
	add_text(x, buf_str(&text), W_TEXT);
	add_text(x, str(data, "begeleiding"), W_TEXT);
	add_text(x, str(json_object_get(data, "periode"), "omschrijving"), W_TEXT);
	lv = mask_of(s, "niveaus", json_object_get(data, "niveaus"), listed ? l->counts[1] : NULL, levels);
	flush_terms(x, lv);

	id = x->ndocs - 1;
	if (id >= x->ccap) {
		x->ccap = x->ccap ? x->ccap * 2 : 1024;
		for (int c = 0; c < NCOL; c++) {
			x->col[c] = realloc(x->col[c], x->ccap * sizeof(*x->col[c]));
			if (x->col[c] == NULL)
				abort();
		}
	}
	x->col[C_SECTOR][id] = mask_of(s, "sectoren", json_object_get(data, "sectoren"),
		listed ? l->counts[0] : NULL, sectors);
	x->col[C_NIVEAU][id] = lv;
	x->col[C_SOORT][id] = soort < 0 ? 0 : (uint32_t)soort;
	x->col[C_PLAATS][id] = (uint32_t)pidx;
	x->col[C_GESCHIKT][id] = mask_of(s, "geschiktheid", json_object_get(data, "geschiktheid"),
		listed ? l->counts[4] : NULL, NULL);
	x->col[C_PERIODE][id] = period_bits(l, json_object_get(data, "periode"));
	x->col[C_WEEK][id] = recency(l, str(data, "geplaatst"));
	for (int c = 0; c < NCOL; c++)
		for (int v = 0; col_bits[c] && v < l->width[c]; v++)
			if (x->col[c][id] >> v & 1)
				x->keep |= champ_offer(&x->fchamp[c][v], (uint32_t)id, x->col[C_WEEK][id]);
	if (listed && soort >= 0)
		l->counts[2][soort]++;
	if (listed && gem >= 0)
		l->counts[3][gem]++;

	snip = snippet(buf_str(&text));
	rec = json_pack("{s:O, s:O, s:s, s:s, s:O, s:O, s:I, s:i, s:o, s:o}",
		"u", json_object_get(sum, "url"), "t", json_object_get(sum, "titel"),
		"o", str(json_object_get(sum, "organisatie"), "naam"), "x", snip,
		"p", json_object_get(sum, "periode_tekst"), "f", json_object_get(sum, "vrij"),
		"l", pidx, "k", soort, "s", sectors, "n", levels);
	if (!listed)
		json_object_set_new(rec, "z", json_pack("[O, O]", json_object_get(sum, "status"),
			json_object_get(sum, "status_label")));
	free(snip);
	buf_release(&text);
	json_decref(sum);
	return add_meta(x, bucket, rec);
}

/* The facets, places, column layout and word tables the script needs; in the open index's entry. */
static json_t *
facet_entry(struct sindex *x, struct layout *l)
{
	struct site *s = x->s;
	json_t *list = json_array(), *cols = json_array(), *item, *entry;
	struct buf stop = BUF_INIT, exp = BUF_INIT;
	size_t i;

	for (int f = 0; f < 5; f++) {
		json_t *values = json_array(), *counts = json_array();

		json_array_foreach(vocab_items(&s->v, facets[f].vocab), i, item) {
			if (facets[f].col >= 0 && f != 2 && i >= MAX_MASK)
				break;
			json_array_append_new(values, json_pack("[s, s]", str(item, "slug"), str(item, "naam")));
			json_array_append_new(counts, json_integer(l->counts[f][i]));
		}
		json_array_append_new(list, json_pack("{s:s, s:s, s:o, s:o}", "id", facets[f].id,
			"naam", site_t(s, facets[f].label), "w", values, "a", counts));
	}
	for (int c = 0; c < NCOL; c++)
		json_array_append_new(cols, col_bits[c] ? json_pack("[s, i, i]", col_names[c], 0, l->width[c]) :
		    json_pack("[s, i]", col_names[c], l->width[c]));
	/* The tables of search_terms(), so that the script's words() cannot drift from them. */
	for (size_t k = 0; k < sizeof(stopwords) / sizeof(stopwords[0]); k++)
		buf_printf(&stop, "%s%s", k ? " " : "", stopwords[k]);
	for (size_t k = 0; k < sizeof(expand) / sizeof(expand[0]); k++)
		buf_printf(&exp, "%s%s", k ? " " : "", expand[k]);
	entry = json_pack("{s:o, s:O, s:o, s:s, s:s, s:s}", "f", list, "pl", l->place_list, "kol", cols,
		"sw", buf_str(&stop), "fold", latin, "fx", buf_str(&exp));
	buf_release(&stop);
	buf_release(&exp);
	return entry;
}

/*
 * The facet files k/NAME.json of a vacancy index: {"v": digits}, a bitmap
 * per value of a bit-mask column (k/s3.json), the fixed-width values of
 * every document for the other columns (k/l.json).
 */
static int
facet_files(struct sindex *x, struct layout *l)
{
	struct buf b = BUF_INIT;
	json_t *cards = NULL, *head = NULL;
	char rel[32];
	int rc = 0;

	for (int c = 0; rc == 0 && c < NCOL; c++) {
		for (int v = 0; rc == 0 && v < (col_bits[c] ? l->width[c] : 1); v++) {
			buf_reset(&b);
			if (col_bits[c]) {
				for (uint32_t i = 0; i < x->ndocs; i += 6) {
					unsigned d = 0;

					for (uint32_t k = 0; k < 6 && i + k < x->ndocs; k++)
						d |= (x->col[c][i + k] >> v & 1) << k;
					buf_putc(&b, DIGITS[d]);
				}
				snprintf(rel, sizeof(rel), "k/%s%d.json", col_names[c], v);
				cards = json_object();
				head = json_array();
				add_cards(x, cards, head, &x->fchamp[c][v], 0);
			} else {
				for (uint32_t i = 0; i < x->ndocs; i++)
					put_fixed(&b, x->col[c][i], l->width[c]);
				snprintf(rel, sizeof(rel), "k/%s.json", col_names[c]);
			}
			rc = put_json(x, rel, cards ? json_pack("{s:s%, s:o, s:o}", "v", buf_str(&b), b.len, "h", head, "c", cards) :
			    json_pack("{s:s%}", "v", buf_str(&b), b.len), 1);
			cards = head = NULL;
		}
	}
	buf_release(&b);
	return rc;
}

static int
vacancy_index(struct site *s, struct layout *l, int listed)
{
	static const char list_sql[] = "SELECT v.slug FROM vacancies v WHERE v.status <> 'concept'"
		" AND (" LISTED_SQL ") = ?2";
	struct sindex x;
	sqlite3_stmt *st = prepare(s, list_sql);
	sqlite3_stmt *row = prepare(s, "SELECT data, html FROM entries WHERE type = 'vacature' AND slug = ?");
	struct item *items = NULL;
	size_t n = 0, cap = 0;
	int rc = -1;

	sindex_init(&x, s, listed ? "zoeken/index/open" : "zoeken/index/gesloten");
	/* The closed vacancies are searched together with the open ones: no level files. */
	x.nlevels = listed ? (unsigned)l->width[C_NIVEAU] : 0;
	if (st == NULL || row == NULL)
		goto out;
	sqlite3_bind_text(st, 1, s->today, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, listed);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			items = realloc(items, cap * sizeof(*items));
			if (items == NULL)
				abort();
		}
		items[n].slug = xstrdup((const char *)sqlite3_column_text(st, 0));
		items[n].key = xstrdup(items[n].slug);
		items[n].type = NULL;
		n++;
	}
	x.nb = order_items(items, n);
	bucket_sizes(&x, items, n);
	rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		json_t *data;

		sqlite3_reset(row);
		sqlite3_bind_text(row, 1, items[i].slug, -1, SQLITE_STATIC);
		if (sqlite3_step(row) != SQLITE_ROW) {
			rc = error("index: vacancy '%s' has no entry", items[i].slug);
			break;
		}
		data = json_loads((const char *)sqlite3_column_text(row, 0), 0, NULL);
		rc = add_vacancy(&x, l, items[i].bucket, items[i].slug, data, (const char *)sqlite3_column_text(row, 1),
		    listed);
		json_decref(data);
	}
	if (rc == 0)
		rc = facet_files(&x, l);
	if (rc == 0)
		rc = finish(&x, listed ? facet_entry(&x, l) : NULL);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(row);
	items_free(items, n);
	sindex_release(&x);
	return rc;
}

/* ---- handbook chapters, tips and materials ---- */

/* The title of handbook book (the part of a chapter slug before '/'), into out. */
static void
book_title(struct site *s, const char *chapter, struct buf *out)
{
	sqlite3_stmt *st = prepare(s, "SELECT json_extract(data, '$.titel') FROM entries"
	    " WHERE type = 'handboek' AND slug = ?");

	if (st == NULL)
		return;
	sqlite3_bind_text(st, 1, chapter, (int)strcspn(chapter, "/"), SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		buf_puts(out, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/* One chapter (kind 0), tip (1) or material (2): terms and metadata record. */
static int
add_info(struct sindex *x, unsigned bucket, const char *type, const char *slug, json_t *data, const char *html)
{
	struct site *s = x->s;
	struct buf context = BUF_INIT, path = BUF_INIT, text = BUF_INIT;
	const char *summary = str(data, "samenvatting");
	int kind = !strcmp(type, "hoofdstuk") ? 0 : !strcmp(type, "tip") ? 1 : 2;
	char *url, *snip;
	json_t *rec, *item;
	size_t i;

	buf_printf(&path, kind == 0 ? "/handboeken/%s/" : kind == 1 ? "/tips/%s/" : "/materialen/%s/", slug);
	if (kind == 0)
		book_title(s, slug, &context);
	else if (kind == 2)
		buf_puts(&context, vocab_name(s, "materiaalsoorten", str(data, "soort")));
	html_text(&text, html);
	add_text(x, str(data, "titel"), W_TITLE);
	add_text(x, buf_str(&context), W_FIELD);
	if (kind == 2)
		add_text(x, str(site_org(s, str(data, "eigenaar")), "naam"), W_FIELD);
	json_array_foreach(json_object_get(data, "doelgroep"), i, item)
		add_text(x, vocab_name(s, "doelgroepen", json_string_value(item)), W_FIELD);
	add_text(x, summary, W_FIELD);
	add_text(x, buf_str(&text), W_TEXT);
	flush_terms(x, 0);
	url = site_url(s, path.data);
	snip = snippet(*summary ? summary : buf_str(&text));
	rec = json_pack("{s:s, s:s, s:i, s:s, s:s}", "u", url, "t", str(data, "titel"), "y", kind,
		"b", buf_str(&context), "x", snip);
	free(url);
	free(snip);
	buf_release(&context);
	buf_release(&path);
	buf_release(&text);
	return add_meta(x, bucket, rec);
}

static int
info_index(struct site *s)
{
	struct sindex x;
	sqlite3_stmt *st = prepare(s, "SELECT type, slug FROM entries WHERE type IN ('hoofdstuk', 'tip', 'materiaal')");
	sqlite3_stmt *row = prepare(s, "SELECT data, html FROM entries WHERE type = ? AND slug = ?");
	struct item *items = NULL;
	size_t n = 0, cap = 0;
	int rc = -1;

	sindex_init(&x, s, "zoeken/index/info");
	if (st == NULL || row == NULL)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct buf key = BUF_INIT;

		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			items = realloc(items, cap * sizeof(*items));
			if (items == NULL)
				abort();
		}
		items[n].type = xstrdup((const char *)sqlite3_column_text(st, 0));
		items[n].slug = xstrdup((const char *)sqlite3_column_text(st, 1));
		buf_printf(&key, "%s:%s", items[n].type, items[n].slug);
		items[n].key = buf_detach(&key);
		n++;
	}
	x.nb = order_items(items, n);
	bucket_sizes(&x, items, n);
	rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		json_t *data;

		sqlite3_reset(row);
		sqlite3_bind_text(row, 1, items[i].type, -1, SQLITE_STATIC);
		sqlite3_bind_text(row, 2, items[i].slug, -1, SQLITE_STATIC);
		if (sqlite3_step(row) != SQLITE_ROW) {
			rc = error("index: %s '%s' has no entry", items[i].type, items[i].slug);
			break;
		}
		data = json_loads((const char *)sqlite3_column_text(row, 0), 0, NULL);
		rc = add_info(&x, items[i].bucket, items[i].type, items[i].slug, data,
		    (const char *)sqlite3_column_text(row, 1));
		json_decref(data);
	}
	if (rc == 0)
		rc = finish(&x, NULL);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(row);
	items_free(items, n);
	sindex_release(&x);
	return rc;
}

int
search_write(struct site *s)
{
	struct layout l;
	int rc;

	layout_init(&l, s);
	rc = vacancy_index(s, &l, 1);
	if (rc == 0)
		rc = vacancy_index(s, &l, 0);
	if (rc == 0)
		rc = info_index(s);
	layout_release(&l);
	return rc;
}

int
search_entries(struct site *s, struct buf *out)
{
	static const char *const names[] = { "open", "info", "gesloten" };
	struct buf path = BUF_INIT, entry = BUF_INIT;
	int rc = 0;

	/*
	 * The files as written: compact JSON made by jansson a moment ago, so
	 * they are spliced, not parsed again. The template escapes the whole
	 * for the attribute that holds it.
	 */
	buf_putc(out, '{');
	for (size_t i = 0; rc == 0 && i < sizeof(names) / sizeof(names[0]); i++) {
		buf_reset(&path);
		buf_reset(&entry);
		buf_printf(&path, "%s/zoeken/index/%s/start.json", s->out, names[i]);
		rc = read_file(path.data, &entry);
		if (rc < 0 || (!strcmp(names[i], "gesloten") && entry.len > INLINE_CLOSED))
			continue;
		buf_printf(out, "%s\"%s\":", i ? "," : "", names[i]);
		buf_add(out, entry.data, entry.len);
	}
	buf_putc(out, '}');
	buf_release(&path);
	buf_release(&entry);
	return rc;
}
