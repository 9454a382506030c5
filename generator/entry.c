/*
 * Content files to checked records. The schema of every entry type is a
 * table of fields below; one generic walker applies it, and a few rules
 * that tie fields together (bezet <= plaatsen, eind after begin) follow
 * per type. See stagebureau(5) for the format itself.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "entry.h"
#include "schema.h"
#include "util.h"
#include "yamldoc.h"

const char *const entry_type_names[ENTRY_TYPES] = {
	"vacature", "organisatie", "evenement", "materiaal", "handboek",
	"hoofdstuk", "tip", "pagina", "bestand", "template",
};

/* Top-level folders of flat entry types and the type they hold. */
static const struct {
	const char *dir;
	enum entry_type type;
	int sharded;
} folders[] = {
	{ "vacatures/", ENTRY_VACATURE, 1 },
	{ "organisaties/", ENTRY_ORGANISATIE, 1 },
	{ "evenementen/", ENTRY_EVENEMENT, 0 },
	{ "materialen/", ENTRY_MATERIAAL, 0 },
	{ "tips/", ENTRY_TIP, 0 },
	{ "paginas/", ENTRY_PAGINA, 0 },
};

/* A slug from "name.md"; NULL unless valid. */
static char *
md_slug(const char *name)
{
	size_t n = strlen(name);
	char *slug;

	if (n < 4 || strcmp(name + n - 3, ".md"))
		return NULL;
	slug = xstrndup(name, n - 3);
	if (!slug_valid(slug)) {
		free(slug);
		return NULL;
	}
	return slug;
}

/* Attachment names: no path, no hidden files, a sane charset. */
static int
file_name_valid(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 100 || s[0] == '.' || s[0] == '-')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
			return 0;
	}
	return strstr(s, "..") == NULL;
}

/* Pages live at /<slug>/, next to the sections of the site. */
static int
reserved_page(const char *slug)
{
	static const char *const taken[] = { "vacatures", "organisaties", "evenementen", "handboeken",
		"tips", "materialen", "zoeken", "static", "beheer", "feed", "sitemap", NULL };

	for (int i = 0; taken[i]; i++)
		if (!strcmp(slug, taken[i]))
			return 1;
	return 0;
}

static enum entry_type
bad_name(const char *path, struct diags *d, const char *why)
{
	diags_add(d, path, 0, "%s", why);
	return ENTRY_NONE;
}

enum entry_type
entry_classify(const char *path, char **slug, struct diags *d)
{
	const char *name = strrchr(path, '/');

	*slug = NULL;
	name = name ? name + 1 : path;
	for (size_t i = 0; i < sizeof(folders) / sizeof(folders[0]); i++) {
		size_t n = strlen(folders[i].dir);
		const char *rest = path + n;

		if (strncmp(path, folders[i].dir, n))
			continue;
		if (folders[i].type == ENTRY_MATERIAAL && strchr(rest, '/')) {
			const char *slash = strchr(rest, '/');
			char *owner = xstrndup(rest, (size_t)(slash - rest));

			if (!slug_valid(owner) || strchr(slash + 1, '/') || !file_name_valid(slash + 1)) {
				free(owner);
				return bad_name(path, d, "attachment names may use letters, digits, '-', '_' and '.', "
				    "and live directly in materialen/<slug>/");
			}
			free(owner);
			*slug = xstrdup(rest);
			return ENTRY_BESTAND;
		}
		if (!folders[i].sharded && strchr(rest, '/'))
			return bad_name(path, d, "this folder takes no subfolders; move the file up");
		if (!ends_with(name, ".md"))
			return ENTRY_NONE;
		*slug = md_slug(name);
		if (*slug && folders[i].type == ENTRY_PAGINA && reserved_page(*slug)) {
			free(*slug);
			*slug = NULL;
			return bad_name(path, d, "this name is taken by a section of the site (its URL would clash); "
			    "choose another file name");
		}
		if (*slug == NULL)
			return bad_name(path, d, "file name must be a slug: lowercase letters, digits and '-', "
			    "ending in .md (like 'zorgassistent-de-horizon.md')");
		return folders[i].type;
	}
	if (!strncmp(path, "handboeken/", 11)) {
		const char *rest = path + 11, *slash = strchr(rest, '/');
		char *book, *chapter;

		if (slash == NULL || strchr(slash + 1, '/') || !ends_with(path, ".md"))
			return ENTRY_NONE;
		book = xstrndup(rest, (size_t)(slash - rest));
		if (!slug_valid(book)) {
			free(book);
			return bad_name(path, d, "a handbook folder name must be a slug (lowercase letters, digits, '-')");
		}
		if (!strcmp(slash + 1, "index.md")) {
			*slug = book;
			return ENTRY_HANDBOEK;
		}
		chapter = md_slug(slash + 1);
		if (chapter == NULL) {
			free(book);
			return bad_name(path, d, "chapter file name must be a slug ending in .md");
		}
		{
			struct buf b = BUF_INIT;

			buf_printf(&b, "%s/%s", book, chapter);
			*slug = buf_detach(&b);
		}
		free(book);
		free(chapter);
		return ENTRY_HOOFDSTUK;
	}
	if (!strncmp(path, "templates/", 10) && ends_with(path, ".mustache") && !strchr(path + 10, '/')) {
		char *name = xstrndup(path + 10, strlen(path + 10) - 9);

		/* Theme templates are named like slugs; anything else ("..", "",
		 * "a b") could never override one and must not become a name. */
		if (!slug_valid(name)) {
			free(name);
			return bad_name(path, d, "a template name must be a slug (lowercase letters, digits, '-'), "
			    "like 'vacature-kaart.mustache'");
		}
		*slug = name;
		return ENTRY_TEMPLATE;
	}
	return ENTRY_NONE;
}

static int
days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int
digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int
date_valid(const char *s)
{
	int y, m, d;

	if (strlen(s) != 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) ||
	    s[7] != '-' || !digits(s + 8, 2))
		return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int
datetime_valid(const char *s)
{
	char date[11];

	if (strlen(s) != 16 || s[10] != 'T' || !digits(s + 11, 2) || s[13] != ':' || !digits(s + 14, 2))
		return 0;
	memcpy(date, s, 10);
	date[10] = '\0';
	return date_valid(date) && atoi(s + 11) < 24 && atoi(s + 14) < 60;
}

void
entry_shard(const char *slug, char out[4])
{
	static const char alpha[] = "0123456789abcdefghijklmnopqrstuv";
	uint32_t h = fnv1a(slug, strlen(slug));

	out[0] = alpha[h & 31];
	out[1] = '/';
	out[2] = alpha[(h >> 5) & 31];
	out[3] = '\0';
}

/* What one validation pass needs to know and where it reports. */
struct check {
	const struct vocabs *v;
	const char *path;
	const char *slug;	/* of the entry being checked */
	struct yaml_doc *doc;
	struct diags *d;
	json_t *refs;
	struct buf key;		/* key_text()'s */
	int failed;
};

/*
 * Where a field is: its dotted name ("periode.van", "bestanden.0.naam")
 * is made only when a message or a reference needs it, not for each
 * field checked (a tenth of the parsing time of an index at 100,000).
 */
struct key {
	const struct key *up;	/* the enclosing field, or NULL at the top */
	const char *name;	/* the field's name; NULL for an item of a list */
	size_t index;		/* an item's position in its list */
};

static void
put_key(struct buf *out, const struct key *k)
{
	if (k->up) {
		put_key(out, k->up);
		buf_putc(out, '.');
	}
	if (k->name)
		buf_puts(out, k->name);
	else
		buf_printf(out, "%zu", k->index);
}

/* The dotted name of k; valid until the next call. */
static const char *
key_text(struct check *c, const struct key *k)
{
	buf_reset(&c->key);
	put_key(&c->key, k);
	return c->key.data;
}

/* Placeholder values for a problem's Dutch text: ARGS("waarde", s). */
#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/*
 * One problem with the field key: fmt is the English message for the
 * command line, code the locale key of the Dutch text a form shows next
 * to the field, args its "{name}" values (NULL for none).
 */
static void __attribute__((format(printf, 5, 6)))
problem(struct check *c, const char *key, const char *code, const char *const *args, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	diags_add_coded(c->d, c->path, yaml_line(c->doc, key), key, code, args, "%s", msg.data);
	buf_release(&msg);
	c->failed = 1;
}

static int
enum_has(const char *words, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = words; *p; ) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		if (len == n && !strncmp(p, w, n))
			return 1;
		p += len + (bar != NULL);
	}
	return 0;
}

/* Characters, not bytes: "ë" counts once. Input is valid UTF-8. */
static size_t
utf8_length(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

static int
text_ok(struct check *c, const struct key *k, const char *s, const struct field *f)
{
	if (f->max && utf8_length(s) > (size_t)f->max) {
		const char *key = key_text(c, k);
		char max[32];

		snprintf(max, sizeof(max), "%ld", f->max);
		problem(c, key, "veldfout_te_lang", ARGS("max", max),
		    "'%s' is too long; keep it under %s characters", key, max);
		return 0;
	}
	if (f->kind != K_LONGTEXT && strchr(s, '\n')) {
		const char *key = key_text(c, k);

		problem(c, key, "veldfout_een_regel", NULL, "'%s' must fit on one line", key);
		return 0;
	}
	return 1;
}

static const char *
kind_example(enum field_kind k)
{
	switch (k) {
	case K_DATE: return "a date like 2026-03-01";
	case K_DATETIME: return "a date and time like 2026-03-01T15:00";
	case K_URL: return "a web address starting with https://";
	case K_EMAIL: return "an e-mail address like naam@example.nl";
	case K_PHONE: return "a phone number in quotes, like \"0522 123 456\"";
	default: return "text";
	}
}

/* The locale key of kind_example()'s Dutch counterpart. */
static const char *
kind_code(enum field_kind k)
{
	switch (k) {
	case K_DATE: return "veldfout_datum";
	case K_DATETIME: return "veldfout_datumtijd";
	case K_URL: return "veldfout_url";
	case K_EMAIL: return "veldfout_email";
	case K_PHONE: return "veldfout_telefoon";
	default: return "veldfout_tekst";
	}
}

static json_t *check_value(struct check *c, const struct field *f, const struct key *k, json_t *val);
static json_t *check_object(struct check *c, const struct field *fields, const struct key *up, json_t *obj);

/* Checks a slug of a vocabulary (or a place) and returns it, or NULL. */
static json_t *
check_slug(struct check *c, const struct field *f, const struct key *k, json_t *val)
{
	const char *s = json_string_value(val);
	const char *vocab = f->kind == K_PLACE ? "plaatsen" : f->arg;
	struct buf hint = BUF_INIT;
	int known;

	if (s == NULL) {
		const char *key = key_text(c, k);

		problem(c, key, "veldfout_keuze", NULL, "'%s' must be one word from vocabularies (a slug)", key);
		return NULL;
	}
	known = f->kind == K_PLACE ? vocab_place(c->v, s) != NULL : vocab_find(c->v, vocab, s) != NULL;
	if (known)
		return json_string(s);
	vocab_hint(c->v, vocab, s, &hint);
	{
		const char *key = key_text(c, k);
		struct buf msg = BUF_INIT;

		buf_printf(&msg, "unknown %s '%s'; %s", f->kind == K_PLACE ? "place" : vocab, s, hint.data);
		diags_add_coded(c->d, c->path, yaml_line(c->doc, key), key, "veldfout_keuze", NULL, "%s", msg.data);
		buf_release(&msg);
	}
	buf_release(&hint);
	c->failed = 1;
	return NULL;
}

static json_t *
check_list(struct check *c, const struct field *f, const struct key *k, json_t *val)
{
	struct field one = *f;
	json_t *out = json_array(), *item;
	size_t i;

	if (json_is_string(val)) {	/* "sectoren: zorg" means a list of one */
		json_t *list = json_array();

		json_array_append(list, val);
		out = (json_decref(out), check_list(c, f, k, list));
		json_decref(list);
		return out;
	}
	if (!json_is_array(val)) {
		const char *key = key_text(c, k);

		problem(c, key, "veldfout_lijst", NULL, "'%s' must be a list, like [a, b]", key);
		json_decref(out);
		return NULL;
	}
	one.kind = f->kind == K_VOCABS ? K_VOCAB : f->kind == K_ENUMS ? K_ENUM :
	    f->kind == K_TAGS ? K_TEXT : K_OBJECT;
	json_array_foreach(val, i, item) {
		struct key ik = { k, NULL, i };
		json_t *v = check_value(c, &one, &ik, item);

		if (v == NULL)
			continue;
		/* Duplicates in a list of slugs are harmless; drop them. */
		if (json_is_string(v)) {
			size_t j;
			json_t *seen;
			int dup = 0;

			json_array_foreach(out, j, seen)
				dup |= json_equal(seen, v);
			if (dup) {
				json_decref(v);
				continue;
			}
		}
		json_array_append_new(out, v);
	}
	if (json_array_size(out) == 0 && (f->flags & FIELD_REQUIRED)) {
		const char *key = key_text(c, k);

		problem(c, key, "veldfout_minstens_een", NULL, "'%s' needs at least one value", key);
	}
	return out;
}

static json_t *
check_value(struct check *c, const struct field *f, const struct key *k, json_t *val)
{
	const char *s = json_string_value(val);
	const char *key;
	char lo[24], hi[24];

	switch (f->kind) {
	case K_TEXT:
	case K_LONGTEXT:
		if (s == NULL) {
			key = key_text(c, k);
			problem(c, key, "veldfout_tekst", NULL, "'%s' must be text; put it in quotes", key);
			return NULL;
		}
		return text_ok(c, k, s, f) ? json_string(s) : NULL;
	case K_INT: {
		char *end;
		long n;

		if (s == NULL || !*s) {
			key = key_text(c, k);
			problem(c, key, "veldfout_getal", NULL, "'%s' must be a whole number", key);
			return NULL;
		}
		n = strtol(s, &end, 10);
		if (*end || n < f->min || n > f->max) {
			snprintf(lo, sizeof(lo), "%ld", f->min);
			snprintf(hi, sizeof(hi), "%ld", f->max);
			key = key_text(c, k);
			problem(c, key, "veldfout_getal_bereik", ARGS("van", lo, "tot", hi),
			    "'%s' must be a whole number from %s to %s", key, lo, hi);
			return NULL;
		}
		return json_integer(n);
	}
	case K_BOOL:
		if (!json_is_boolean(val)) {
			key = key_text(c, k);
			problem(c, key, "veldfout_ja_nee", NULL, "'%s' must be true or false", key);
			return NULL;
		}
		return json_incref(val);
	case K_DATE:
	case K_DATETIME:
		if (s == NULL || !(f->kind == K_DATE ? date_valid(s) : datetime_valid(s))) {
			key = key_text(c, k);
			problem(c, key, kind_code(f->kind), NULL, "'%s' must be %s", key, kind_example(f->kind));
			return NULL;
		}
		return json_string(s);
	case K_URL:
		if (s == NULL || (strncmp(s, "https://", 8) && strncmp(s, "http://", 7)) ||
		    strpbrk(s, " \t\n\"<>") || strlen(s) > 500) {
			key = key_text(c, k);
			problem(c, key, kind_code(f->kind), NULL, "'%s' must be %s", key, kind_example(f->kind));
			return NULL;
		}
		return json_string(s);
	case K_EMAIL: {
		const char *at = s ? strchr(s, '@') : NULL;

		if (s == NULL || at == NULL || at == s || !strchr(at, '.') || strchr(at + 1, '@') ||
		    strpbrk(s, " \t\n\"<>,;") || strlen(s) > 200) {
			key = key_text(c, k);
			problem(c, key, kind_code(f->kind), NULL, "'%s' must be %s", key, kind_example(f->kind));
			return NULL;
		}
		return json_string(s);
	}
	case K_PHONE:
		if (s == NULL || strlen(s) < 6 || strlen(s) > 20 || strspn(s, "0123456789 +-()") != strlen(s)) {
			key = key_text(c, k);
			problem(c, key, kind_code(f->kind), NULL, "'%s' must be %s", key, kind_example(f->kind));
			return NULL;
		}
		return json_string(s);
	case K_VOCAB:
	case K_PLACE:
		return check_slug(c, f, k, val);
	case K_ENUM:
		if (s == NULL || !enum_has(f->arg, s)) {
			struct buf words = BUF_INIT;

			buf_puts(&words, f->arg);
			for (size_t i = 0; i < words.len; i++)
				if (words.data[i] == '|')
					words.data[i] = ',';
			key = key_text(c, k);
			problem(c, key, "veldfout_keuze", NULL, "'%s' must be one of: %s", key, words.data);
			buf_release(&words);
			return NULL;
		}
		return json_string(s);
	case K_REF:
		if (s == NULL || !slug_valid(s)) {
			key = key_text(c, k);
			problem(c, key, "beheer_fout_verwijzing", NULL,
			    "'%s' must be the slug of an %s (its file name without .md)", key, f->arg);
			return NULL;
		}
		key = key_text(c, k);
		json_array_append_new(c->refs, json_pack("{s:s, s:s, s:i, s:s}", "type", f->arg,
			"slug", s, "line", yaml_line(c->doc, key), "key", key));
		return json_string(s);
	case K_VOCABS:
	case K_ENUMS:
	case K_TAGS:
	case K_OBJECTS:
		return check_list(c, f, k, val);
	case K_OBJECT:
		if (!json_is_object(val)) {
			key = key_text(c, k);
			problem(c, key, "veldfout_groep", NULL, "'%s' must be a group of indented 'key: value' lines", key);
			return NULL;
		}
		return check_object(c, f->sub, k, val);
	}
	return NULL;
}

/* null, "", [] and {}: what entry_serialize() leaves out. */
static int
empty_value(json_t *v)
{
	return v == NULL || json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0) ||
	    (json_is_array(v) && json_array_size(v) == 0) || (json_is_object(v) && json_object_size(v) == 0);
}

static json_t *
check_object(struct check *c, const struct field *fields, const struct key *up, json_t *obj)
{
	json_t *out = json_object(), *val;
	const char *name;

	json_object_foreach(obj, name, val) {
		const struct field *f = fields;
		struct key k = { up, name, 0 };
		struct buf known = BUF_INIT;

		while (f->key && strcmp(f->key, name))
			f++;
		if (f->key)
			continue;
		for (f = fields; f->key; f++)
			buf_printf(&known, "%s%s", known.len ? ", " : "", f->key);
		problem(c, key_text(c, &k), "veldfout_onbekend_veld", NULL, "unknown key '%s' (known: %s)", name,
		    known.data);
		buf_release(&known);
	}
	for (const struct field *f = fields; f->key; f++) {
		struct key k = { up, f->key, 0 };
		size_t problems = c->d->n;
		json_t *v;

		val = json_object_get(obj, f->key);
		/* An empty value counts as absent, before and after checking: a
		 * form's blank field means "not given", and entry_serialize()
		 * leaves empty values out, so both must read back the same. */
		v = empty_value(val) ? NULL : check_value(c, f, &k, val);
		if (!empty_value(v)) {
			json_object_set_new(out, f->key, v);
			continue;
		}
		json_decref(v);
		if (c->d->n > problems)
			continue;
		if (f->flags & FIELD_REQUIRED) {
			const char *key = key_text(c, &k);

			diags_add_coded(c->d, c->path, yaml_line(c->doc, key), key, "veldfout_verplicht",
			    NULL, "'%s' is missing; it is required (see stagebureau(5))", key);
			c->failed = 1;
		} else if (f->dflt) {
			json_object_set_new(out, f->key, json_loads(f->dflt, JSON_DECODE_ANY, NULL));
		}
	}
	return out;
}

static long
int_of(json_t *obj, const char *key)
{
	return (long)json_integer_value(json_object_get(obj, key));
}

static const char *
str_of(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s ? s : "";
}

/* Rules that tie fields of one entry together. */
static void
check_rules(struct check *c, enum entry_type type, json_t *data)
{
	json_t *period, *react;

	switch (type) {
	case ENTRY_VACATURE:
		if (int_of(data, "bezet") > int_of(data, "plaatsen"))
			problem(c, "bezet", "veldfout_bezet", NULL,
			    "'bezet' is more than 'plaatsen'; lower it, or set status: vol");
		if (!strcmp(str_of(data, "vorm"), "groep") && !json_object_get(data, "groepsgrootte"))
			problem(c, "vorm", "veldfout_groepsgrootte", NULL,
			    "a group internship needs 'groepsgrootte:' (2 or more)");
		period = json_object_get(data, "periode");
		if (period && *str_of(period, "van") && *str_of(period, "tot") &&
		    strcmp(str_of(period, "tot"), str_of(period, "van")) < 0)
			problem(c, "periode.tot", "veldfout_tot_voor_van", NULL, "'periode.tot' lies before 'periode.van'");
		if (period && !*str_of(period, "van") && !*str_of(period, "omschrijving"))
			problem(c, "periode", "veldfout_periode", NULL,
			    "'periode' needs 'van:' (and 'tot:') or an 'omschrijving:'");
		react = json_object_get(data, "reageren");
		if (react && !strcmp(str_of(react, "via"), "direct") &&
		    !*str_of(react, "telefoon") && !*str_of(react, "email"))
			problem(c, "reageren.via", "veldfout_reageren_direct", NULL,
			    "reacting 'direct' needs a 'telefoon:' or 'email:' of the host");
		break;
	case ENTRY_EVENEMENT:
		if (*str_of(data, "eind") && strcmp(str_of(data, "eind"), str_of(data, "begin")) < 0)
			problem(c, "eind", "veldfout_eind_voor_begin", NULL, "'eind' lies before 'begin'");
		break;
	case ENTRY_MATERIAAL: {
		json_t *files = json_object_get(data, "bestanden"), *f;
		size_t i;

		json_array_foreach(files, i, f) {
			char key[64];
			const char *name = str_of(f, "naam");

			snprintf(key, sizeof(key), "bestanden.%zu.naam", i);
			if (!file_name_valid(name)) {
				problem(c, key, "veldfout_bestandsnaam", NULL,
				    "file name '%s' may only use letters, digits, '-', '_' and '.'", name);
				continue;
			}
			json_array_append_new(c->refs, json_pack("{s:s, s:s++, s:i, s:s}", "type", "bestand",
				"slug", c->slug, "/", name, "line", yaml_line(c->doc, key), "key", key));
		}
		break;
	}
	default:
		break;
	}
}

/* Splits "---\nyaml\n---\nbody" into its parts. -1 with a diagnostic. */
static int
split_front_matter(const char *path, const char *src, size_t len, size_t *yaml_start,
	size_t *yaml_len, size_t *body_start, struct diags *d)
{
	size_t pos = 0;
	int line = 1;

	if (len >= 3 && !memcmp(src, "\xef\xbb\xbf", 3))
		pos = 3;
	if (len - pos < 4 || strncmp(src + pos, "---", 3) ||
	    (src[pos + 3] != '\n' && src[pos + 3] != '\r')) {
		diags_add(d, path, 1, "must start with a line '---', then the fields, then '---' and the text");
		return -1;
	}
	pos = (const char *)memchr(src + pos, '\n', len - pos) - src + 1;
	*yaml_start = pos;
	while (pos < len) {
		const char *nl = memchr(src + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - src) : len, n = end - pos;

		line++;
		if (n && src[end - 1] == '\r')
			n--;
		if ((n == 3 && (!strncmp(src + pos, "---", 3) || !strncmp(src + pos, "...", 3)))) {
			*yaml_len = pos - *yaml_start;
			*body_start = nl ? end + 1 : len;
			return 0;
		}
		pos = nl ? end + 1 : len;
	}
	diags_add(d, path, line, "the fields are not closed: add a line '---' after the last field");
	return -1;
}

int
entry_parse(struct entry *e, const struct vocabs *v, const char *path,
	const char *src, size_t len, struct diags *d)
{
	struct yaml_doc doc = { 0 };
	struct check c = { .v = v, .path = path, .doc = &doc, .d = d };
	size_t ys, yl, bs;
	enum entry_type type;
	char *slug = NULL;

	memset(e, 0, sizeof(*e));
	type = entry_classify(path, &slug, d);
	if (type == ENTRY_NONE || schema_fields(type) == NULL) {
		free(slug);
		if (type != ENTRY_NONE || !d->n)
			diags_add(d, path, 0, "not a content file of a known type");
		return -1;
	}
	if (!utf8_valid(src, len)) {
		diags_add(d, path, 0, "not valid UTF-8 text (or contains a NUL byte); save it as UTF-8");
		goto fail;
	}
	if (split_front_matter(path, src, len, &ys, &yl, &bs, d) < 0)
		goto fail;
	if (yaml_parse(path, src + ys, yl, 1, &doc, d) < 0)
		goto fail;
	if (!json_is_object(doc.root)) {
		diags_add(d, path, 2, "the fields between the '---' lines must be 'key: value' lines");
		goto fail;
	}
	c.refs = json_array();
	c.slug = slug;
	e->data = check_object(&c, schema_fields(type), NULL, doc.root);
	if (!c.failed)
		check_rules(&c, type, e->data);
	if (c.failed)
		goto fail;
	if (len - bs > ENTRY_MAX_BODY) {
		int line = 1;
		char kb[24];

		for (size_t i = 0; i < bs; i++)
			line += src[i] == '\n';
		snprintf(kb, sizeof(kb), "%d", ENTRY_MAX_BODY / 1024);
		/* "tekst": the body's field in the admin's form. */
		diags_add_coded(d, path, line, "tekst", "veldfout_tekst_te_lang", ARGS("kb", kb),
		    "the text below the '---' line is %zu KB; keep it under %d KB"
		    " (split a long text into chapters or pages)", (len - bs + 1023) / 1024, ENTRY_MAX_BODY / 1024);
		goto fail;
	}
	e->type = type;
	e->slug = slug;
	e->path = xstrdup(path);
	e->body = xstrndup(src + bs, len - bs);
	e->refs = c.refs;
	buf_release(&c.key);
	yaml_doc_release(&doc);
	return 0;
fail:
	free(slug);
	json_decref(c.refs);
	json_decref(e->data);
	e->data = NULL;
	buf_release(&c.key);
	yaml_doc_release(&doc);
	return -1;
}

void
entry_release(struct entry *e)
{
	free(e->slug);
	free(e->path);
	json_decref(e->data);
	free(e->body);
	json_decref(e->refs);
	memset(e, 0, sizeof(*e));
}
