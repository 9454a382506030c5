/*
 * Loading and checking vocabularies and site.yaml; see vocab.h.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "vocab.h"
#include "yamldoc.h"

const char *const vocab_names[] = {
	"sectoren", "niveaus", "soorten", "geschiktheid", "organisatietypen",
	"evenementsoorten", "materiaalsoorten", "doelgroepen", "gemeenten", NULL
};

int
slug_valid(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 80 || s[0] == '-')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

static int
load_yaml(struct snapshot *s, const char *path, struct yaml_doc *doc, struct diags *d)
{
	struct buf src = BUF_INIT;
	int rc;

	rc = snapshot_read(s, path, &src);
	if (rc == 1)
		diags_add(d, path, 0, "file is missing; every region needs it (see stagebureau(5))");
	if (rc != 0) {
		buf_release(&src);
		return -1;
	}
	if (!utf8_valid(buf_str(&src), src.len)) {
		diags_add(d, path, 0, "not valid UTF-8 text; save the file as UTF-8");
		buf_release(&src);
		return -1;
	}
	rc = yaml_parse(path, buf_str(&src), src.len, 0, doc, d);
	buf_release(&src);
	return rc;
}

/* Replaces a numeric string at obj[key] by a real; false when it is no number. */
static int
make_number(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));
	char *end;
	double x;

	if (s == NULL)
		return json_is_number(json_object_get(obj, key));
	x = strtod(s, &end);
	if (end == s || *end)
		return 0;
	json_object_set_new(obj, key, json_real(x));
	return 1;
}

/* Checks one item of a vocabulary and adds it to the index. */
static int
check_item(struct vocabs *v, const char *path, struct yaml_doc *doc, size_t i,
	json_t *item, json_t *index, struct diags *d)
{
	char key[64];
	const char *slug;

	snprintf(key, sizeof(key), "%zu", i);
	if (!json_is_object(item)) {
		diags_add(d, path, yaml_line(doc, key), "each entry needs 'slug:' and 'naam:'");
		return -1;
	}
	slug = json_string_value(json_object_get(item, "slug"));
	if (slug == NULL || !slug_valid(slug)) {
		diags_add(d, path, yaml_line(doc, key),
		    "'slug' must be lowercase letters, digits and '-' (like 'zorg-en-welzijn')");
		return -1;
	}
	if (!json_is_string(json_object_get(item, "naam"))) {
		diags_add(d, path, yaml_line(doc, key), "'%s' has no 'naam:' (the name people see)", slug);
		return -1;
	}
	if (json_object_get(index, slug)) {
		diags_add(d, path, yaml_line(doc, key), "slug '%s' appears twice", slug);
		return -1;
	}
	json_object_set(index, slug, item);
	(void)v;
	return 0;
}

static int
load_places(struct vocabs *v, const char *path, struct yaml_doc *doc, json_t *gemeente,
	size_t gi, struct diags *d)
{
	json_t *places = json_object_get(gemeente, "plaatsen"), *place;
	const char *gslug = json_string_value(json_object_get(gemeente, "slug"));
	char key[64];
	size_t i;
	int rc = 0;

	snprintf(key, sizeof(key), "%zu", gi);
	if (!make_number(gemeente, "lat") || !make_number(gemeente, "lon"))
		rc = -1, diags_add(d, path, yaml_line(doc, key),
		    "municipality '%s' needs 'lat:' and 'lon:' (decimal degrees)", gslug);
	if (!json_is_array(places) || json_array_size(places) == 0) {
		diags_add(d, path, yaml_line(doc, key),
		    "municipality '%s' needs 'plaatsen:', a list of its places", gslug);
		return -1;
	}
	json_array_foreach(places, i, place) {
		const char *slug = json_string_value(json_object_get(place, "slug"));

		snprintf(key, sizeof(key), "%zu.plaatsen.%zu", gi, i);
		if (slug == NULL || !slug_valid(slug) || !json_is_string(json_object_get(place, "naam")) ||
		    !make_number(place, "lat") || !make_number(place, "lon")) {
			diags_add(d, path, yaml_line(doc, key),
			    "each place needs 'slug', 'naam', 'lat' and 'lon'");
			rc = -1;
			continue;
		}
		if (json_object_get(v->places, slug)) {
			diags_add(d, path, yaml_line(doc, key),
			    "place '%s' appears twice; place slugs are unique over all municipalities", slug);
			rc = -1;
			continue;
		}
		json_object_set_new(v->places, slug, json_pack("{s:s, s:O, s:O, s:O, s:s}",
			"slug", slug, "naam", json_object_get(place, "naam"),
			"lat", json_object_get(place, "lat"), "lon", json_object_get(place, "lon"),
			"gemeente", gslug));
	}
	return rc;
}

static int
load_vocab(struct vocabs *v, struct snapshot *s, const char *name, struct diags *d)
{
	struct yaml_doc doc = { 0 };
	struct buf path = BUF_INIT;
	json_t *index = json_object(), *item;
	size_t i;
	int rc = -1;

	buf_printf(&path, "vocabularies/%s.yaml", name);
	if (load_yaml(s, path.data, &doc, d) < 0)
		goto out;
	if (!json_is_array(doc.root) || json_array_size(doc.root) == 0) {
		diags_add(d, path.data, 1, "must be a list of entries ('- slug: ...')");
		goto out;
	}
	rc = 0;
	json_array_foreach(doc.root, i, item) {
		if (check_item(v, path.data, &doc, i, item, index, d) < 0) {
			rc = -1;
			continue;
		}
		if (!strcmp(name, "gemeenten") && load_places(v, path.data, &doc, item, i, d) < 0)
			rc = -1;
	}
	json_object_set(v->lists, name, doc.root);
	json_object_set(v->index, name, index);
out:
	json_decref(index);
	yaml_doc_release(&doc);
	buf_release(&path);
	return rc;
}

static int
load_site(struct vocabs *v, struct snapshot *s, struct diags *d)
{
	static const char *const required[] = { "titel", "regio", "basis_url", NULL };
	struct yaml_doc doc = { 0 };
	const char *url;
	json_t *per;
	int rc = 0;

	if (load_yaml(s, "site.yaml", &doc, d) < 0)
		return -1;
	if (!json_is_object(doc.root)) {
		diags_add(d, "site.yaml", 1, "must be a mapping of settings ('titel: ...')");
		yaml_doc_release(&doc);
		return -1;
	}
	for (int i = 0; required[i]; i++) {
		if (!json_is_string(json_object_get(doc.root, required[i]))) {
			diags_add(d, "site.yaml", 0, "'%s:' is required", required[i]);
			rc = -1;
		}
	}
	url = json_string_value(json_object_get(doc.root, "basis_url"));
	if (url && ((strncmp(url, "https://", 8) && strncmp(url, "http://", 7)) || ends_with(url, "/"))) {
		diags_add(d, "site.yaml", yaml_line(&doc, "basis_url"),
		    "'basis_url' must be an absolute http(s) address without a trailing '/'");
		rc = -1;
	}
	if (!json_object_get(doc.root, "taal"))
		json_object_set_new(doc.root, "taal", json_string("nl"));
	if (!json_is_string(json_object_get(doc.root, "taal")) ||
	    !slug_valid(json_string_value(json_object_get(doc.root, "taal")))) {
		diags_add(d, "site.yaml", yaml_line(&doc, "taal"), "'taal' must be a language code like 'nl'");
		rc = -1;
	}
	per = json_object_get(doc.root, "per_pagina");
	if (per == NULL)
		json_object_set_new(doc.root, "per_pagina", json_integer(20));
	else if (!make_number(doc.root, "per_pagina") ||
	    json_real_value(json_object_get(doc.root, "per_pagina")) < 5 ||
	    json_real_value(json_object_get(doc.root, "per_pagina")) > 200) {
		diags_add(d, "site.yaml", yaml_line(&doc, "per_pagina"), "'per_pagina' must be a number from 5 to 200");
		rc = -1;
	}
	else
		json_object_set_new(doc.root, "per_pagina",
		    json_integer((json_int_t)json_real_value(json_object_get(doc.root, "per_pagina"))));
	if (!json_is_object(json_object_get(doc.root, "contact")))
		json_object_set_new(doc.root, "contact", json_object());
	v->site = json_incref(doc.root);
	yaml_doc_release(&doc);
	return rc;
}

int
vocabs_load(struct vocabs *v, struct snapshot *s, struct diags *d)
{
	int rc = 0;

	v->lists = json_object();
	v->index = json_object();
	v->places = json_object();
	v->site = NULL;
	if (load_site(v, s, d) < 0)
		rc = -1;
	for (int i = 0; vocab_names[i]; i++)
		if (load_vocab(v, s, vocab_names[i], d) < 0)
			rc = -1;
	return rc;
}

void
vocabs_release(struct vocabs *v)
{
	json_decref(v->lists);
	json_decref(v->index);
	json_decref(v->places);
	json_decref(v->site);
	memset(v, 0, sizeof(*v));
}

json_t *
vocab_find(const struct vocabs *v, const char *name, const char *slug)
{
	return json_object_get(json_object_get(v->index, name), slug);
}

json_t *
vocab_items(const struct vocabs *v, const char *name)
{
	static json_t *empty;
	json_t *items = json_object_get(v->lists, name);

	if (items)
		return items;
	if (empty == NULL)
		empty = json_array();
	return empty;
}

json_t *
vocab_place(const struct vocabs *v, const char *slug)
{
	return json_object_get(v->places, slug);
}

/* Edit distance, bounded: good enough to catch one or two typos. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), prev[82], cur[82];

	if (la > 80 || lb > 80)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;

			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, cur, (lb + 1) * sizeof(size_t));
	}
	return prev[lb];
}

void
vocab_hint(const struct vocabs *v, const char *name, const char *value, struct buf *out)
{
	json_t *items, *item;
	const char *best = NULL;
	size_t i, best_d = 3;

	if (!strcmp(name, "plaatsen")) {
		const char *slug;
		json_t *p;

		json_object_foreach(v->places, slug, p) {
			size_t dd = distance(value, slug);
			if (dd < best_d)
				best_d = dd, best = slug;
		}
		if (best)
			buf_printf(out, "did you mean '%s'?", best);
		else
			buf_puts(out, "add it to vocabularies/gemeenten.yaml or pick a place listed there");
		return;
	}
	items = vocab_items(v, name);
	json_array_foreach(items, i, item) {
		const char *slug = json_string_value(json_object_get(item, "slug"));
		size_t dd = slug ? distance(value, slug) : 99;

		if (dd < best_d)
			best_d = dd, best = slug;
	}
	if (best) {
		buf_printf(out, "did you mean '%s'?", best);
		return;
	}
	buf_puts(out, "known: ");
	json_array_foreach(items, i, item) {
		if (i == 8) {
			buf_printf(out, ", ... (see vocabularies/%s.yaml)", name);
			break;
		}
		buf_printf(out, "%s%s", i ? ", " : "", json_string_value(json_object_get(item, "slug")));
	}
}
