/*
 * Schema-driven edit forms; see editform.h.
 */
#include <stdlib.h>
#include <string.h>

#include "editform.h"
#include "schema.h"
#include "theme.h"
#include "util.h"

static const char *
input_type(enum field_kind k)
{
	switch (k) {
	case K_DATE: return "date";
	case K_DATETIME: return "datetime-local";
	case K_URL: return "url";
	case K_EMAIL: return "email";
	case K_PHONE: return "tel";
	case K_INT: return "number";
	default: return "text";
	}
}

/* A value as the text an input shows. New string. */
static char *
as_text(json_t *v)
{
	char num[32];

	if (json_is_string(v))
		return xstrdup(json_string_value(v));
	if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(v));
		return xstrdup(num);
	}
	return xstrdup("");
}

static int
list_has(json_t *list, const char *value)
{
	json_t *item;
	size_t i;

	if (json_is_string(list))
		return !strcmp(json_string_value(list), value);
	json_array_foreach(list, i, item)
		if (json_is_string(item) && !strcmp(json_string_value(item), value))
			return 1;
	return 0;
}

/* The locale label of a field: "contactpersonen.2.naam" -> veld_contactpersonen_naam. */
static const char *
label(const struct form_env *env, const char *name)
{
	struct buf key = BUF_INIT;
	const char *s;

	buf_puts(&key, "veld");
	for (const char *seg = name; *seg; ) {
		size_t n = strcspn(seg, ".");

		if (!(seg[0] >= '0' && seg[0] <= '9'))
			buf_printf(&key, "_%.*s", (int)n, seg);
		seg += n + (seg[n] == '.');
	}
	s = theme_string(env->theme, key.data);
	if (!strcmp(s, key.data))
		s = name;	/* a missing label shows the field name, never nothing */
	buf_release(&key);
	return s;
}

/* The text of a posted value (the first when repeated), or NULL. */
static const char *
form_value(json_t *v)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	return json_string_value(v);
}

static json_t *fields_of(const struct form_env *env, const struct field *fields, const char *prefix,
	json_t *data, json_t *errors);

static json_t *
options_of(const struct form_env *env, const struct field *f, json_t *value)
{
	json_t *opts = json_array(), *item;
	size_t i;

	if (f->kind == K_ENUM || f->kind == K_ENUMS) {
		for (const char *p = f->arg; *p; ) {
			size_t n = strcspn(p, "|");
			char word[64], key[96];

			const char *text;

			/* "keuze_rollen_school" before "keuze_school": a word may mean two things. */
			snprintf(word, sizeof(word), "%.*s", (int)n, p);
			snprintf(key, sizeof(key), "keuze_%s_%s", f->key, word);
			text = theme_string(env->theme, key);
			if (text == key) {
				snprintf(key, sizeof(key), "keuze_%s", word);
				text = theme_string(env->theme, key);
			}
			json_array_append_new(opts, json_pack("{s:s, s:s, s:b}", "waarde", word,
				"label", text, "gekozen", list_has(value, word)));
			p += n + (p[n] == '|');
		}
	} else if (f->kind == K_REF) {
		json_array_foreach(env->orgs, i, item) {
			const char *slug = json_string_value(json_object_get(item, "slug"));

			json_array_append_new(opts, json_pack("{s:s, s:O, s:b}", "waarde", slug,
				"label", json_object_get(item, "naam"), "gekozen", list_has(value, slug)));
		}
	} else {
		json_array_foreach(vocab_items(env->v, f->arg), i, item) {
			const char *slug = json_string_value(json_object_get(item, "slug"));

			json_array_append_new(opts, json_pack("{s:s, s:O, s:b}", "waarde", slug,
				"label", json_object_get(item, "naam"), "gekozen", list_has(value, slug)));
		}
	}
	return opts;
}

/* Places grouped by municipality, for a <select> with <optgroup>s. */
static json_t *
place_groups(const struct form_env *env, json_t *value)
{
	json_t *groups = json_array(), *g, *p;
	size_t i, j;

	json_array_foreach(vocab_items(env->v, "gemeenten"), i, g) {
		json_t *opts = json_array();

		json_array_foreach(json_object_get(g, "plaatsen"), j, p) {
			const char *slug = json_string_value(json_object_get(p, "slug"));

			json_array_append_new(opts, json_pack("{s:s, s:O, s:b}", "waarde", slug,
				"label", json_object_get(p, "naam"), "gekozen", list_has(value, slug)));
		}
		json_array_append_new(groups, json_pack("{s:O, s:o}", "label", json_object_get(g, "naam"), "opties", opts));
	}
	return groups;
}

static json_t *
field_of(const struct form_env *env, const struct field *f, const char *name, json_t *value, json_t *errors)
{
	/*
	 * Every flag is set, false when it does not apply: Mustache would
	 * otherwise find a flag of an enclosing field (or page) instead.
	 */
	json_t *o = json_pack("{s:s, s:s, s:b, s:b, s:b, s:b, s:b, s:b, s:b, s:b, s:b, s:n, s:b, s:b, s:b}",
		"naam", name, "label", label(env, name), "verplicht", (f->flags & FIELD_REQUIRED) != 0,
		"tekst", 0, "tekstvak", 0, "vinkje", 0, "vast", 0, "keuze", 0, "vinkjes", 0, "groep", 0, "lijst", 0,
		"fout", "komma", 0, "maxlengte", 0, "max", 0);
	const char *err = json_string_value(json_object_get(errors, name));
	struct buf id = BUF_INIT;

	buf_printf(&id, "f-%s", name);
	for (size_t i = 0; i < id.len; i++)
		if (id.data[i] == '.')
			id.data[i] = '-';
	json_object_set_new(o, "id", json_string(id.data));
	buf_release(&id);
	if (err)
		json_object_set_new(o, "fout", json_string(err));
	switch (f->kind) {
	case K_LONGTEXT:
		json_object_set_new(o, "tekstvak", json_true());
		json_object_set_new(o, "waarde", json_string(json_is_string(value) ? json_string_value(value) : ""));
		break;
	case K_BOOL:
		json_object_set_new(o, "vinkje", json_true());
		json_object_set_new(o, "aan", json_boolean(json_is_true(value) ||
			(json_is_string(value) && *json_string_value(value))));
		break;
	case K_VOCAB:
	case K_ENUM:
	case K_REF:
		if (env->fixed_owner && !strcmp(name, "eigenaar")) {
			json_object_set_new(o, "vast", json_true());
			json_object_set_new(o, "waarde", json_string(env->fixed_owner));
			break;
		}
		json_object_set_new(o, "keuze", json_true());
		json_object_set_new(o, "opties", options_of(env, f, value));
		break;
	case K_PLACE:
		json_object_set_new(o, "keuze", json_true());
		json_object_set_new(o, "groepen", place_groups(env, value));
		break;
	case K_VOCABS:
	case K_ENUMS:
		json_object_set_new(o, "vinkjes", json_true());
		json_object_set_new(o, "opties", options_of(env, f, value));
		break;
	case K_TAGS: {
		struct buf joined = BUF_INIT;
		json_t *item;
		size_t i;

		if (json_is_string(value))
			buf_puts(&joined, json_string_value(value));
		json_array_foreach(value, i, item)
			buf_printf(&joined, "%s%s", i ? ", " : "", json_string_value(item));
		json_object_set_new(o, "tekst", json_true());
		json_object_set_new(o, "type", json_string("text"));
		json_object_set_new(o, "waarde", json_string(buf_str(&joined)));
		json_object_set_new(o, "komma", json_true());
		buf_release(&joined);
		break;
	}
	case K_OBJECT:
		json_object_set_new(o, "groep", json_true());
		json_object_set_new(o, "velden", fields_of(env, f->sub, name, value, errors));
		break;
	case K_OBJECTS: {
		json_t *items = json_array(), *item;
		size_t i, n = json_array_size(value);

		/* Existing rows plus one empty row to add another, without JavaScript. */
		for (i = 0; i <= n; i++) {
			struct buf prefix = BUF_INIT;

			item = json_array_get(value, i);
			buf_printf(&prefix, "%s.%zu", name, i);
			json_array_append_new(items, json_pack("{s:I, s:o, s:b}", "nummer", (json_int_t)i + 1,
				"velden", fields_of(env, f->sub, prefix.data, item, errors), "nieuw", i == n));
			buf_release(&prefix);
		}
		json_object_set_new(o, "lijst", json_true());
		json_object_set_new(o, "items", items);
		break;
	}
	default: {
		char *text = as_text(value);

		/*
		 * Browsers show nothing for a value a number or date input cannot
		 * parse, so a refused "veel" would vanish: show it as text.
		 */
		int as_typed = err && (f->kind == K_INT || f->kind == K_DATE || f->kind == K_DATETIME);

		json_object_set_new(o, "tekst", json_true());
		json_object_set_new(o, "type", json_string(as_typed ? "text" : input_type(f->kind)));
		json_object_set_new(o, "waarde", json_string(text));
		if (f->kind == K_INT && !as_typed) {
			json_object_set_new(o, "min", json_integer(f->min));
			json_object_set_new(o, "max", json_integer(f->max));
		} else if (f->kind != K_INT && f->max) {
			json_object_set_new(o, "maxlengte", json_integer(f->max));
		}
		free(text);
	}
	}
	return o;
}

static json_t *
fields_of(const struct form_env *env, const struct field *fields, const char *prefix, json_t *data,
	json_t *errors)
{
	json_t *list = json_array();
	struct buf name = BUF_INIT;

	for (const struct field *f = fields; f->key; f++) {
		buf_reset(&name);
		buf_printf(&name, "%s%s%s", prefix, *prefix ? "." : "", f->key);
		json_array_append_new(list, field_of(env, f, name.data, json_object_get(data, f->key), errors));
	}
	buf_release(&name);
	return list;
}

json_t *
editform_fields(const struct form_env *env, enum entry_type type, json_t *data, json_t *errors)
{
	const struct field *fields = schema_fields(type);

	return fields ? fields_of(env, fields, "", data, errors) : json_array();
}

static json_t *data_of(const struct field *fields, const char *prefix, json_t *form);

/* A row of unticked boxes and nothing else was left empty. */
static int
row_is_blank(json_t *row)
{
	const char *key;
	json_t *v;

	json_object_foreach(row, key, v)
		if (!json_is_false(v))
			return 0;
	return 1;
}

/* Does any posted field start with prefix + "."? */
static int
has_prefix(json_t *form, const char *prefix)
{
	size_t n = strlen(prefix);
	const char *key;
	json_t *v;

	json_object_foreach(form, key, v)
		if (!strncmp(key, prefix, n) && key[n] == '.')
			return 1;
	return 0;
}

static char *
trimmed(const char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	return xstrndup(s, n);
}

static json_t *
value_of(const struct field *f, const char *name, json_t *form)
{
	json_t *v = json_object_get(form, name);

	switch (f->kind) {
	case K_BOOL:
		return json_boolean(v != NULL);
	case K_VOCABS:
	case K_ENUMS:
		if (json_is_string(v))
			return json_pack("[O]", v);
		return json_is_array(v) ? json_incref(v) : NULL;
	case K_TAGS: {
		const char *s = form_value(v);
		json_t *list = json_array();

		while (s && *s) {
			size_t n = strcspn(s, ",");
			char *one = xstrndup(s, n), *t = trimmed(one);

			if (*t)
				json_array_append_new(list, json_string(t));
			free(one);
			free(t);
			s += n + (s[n] == ',');
		}
		return list;
	}
	case K_OBJECT:
		return data_of(f->sub, name, form);
	case K_OBJECTS: {
		json_t *list = json_array();
		struct buf prefix = BUF_INIT;

		for (size_t i = 0; i < 200; i++) {
			json_t *row;

			buf_reset(&prefix);
			buf_printf(&prefix, "%s.%zu", name, i);
			if (!has_prefix(form, prefix.data))
				break;
			row = data_of(f->sub, prefix.data, form);
			if (!row_is_blank(row))	/* the empty "add one" row */
				json_array_append(list, row);
			json_decref(row);
		}
		buf_release(&prefix);
		return list;
	}
	case K_LONGTEXT: {
		const char *s = form_value(v);
		char *t;
		json_t *out;

		if (s == NULL)
			return NULL;
		t = editform_text(s);
		out = json_string(t);
		free(t);
		return out;
	}
	default: {
		const char *s = form_value(v);
		char *t;
		json_t *out;

		if (s == NULL)
			return NULL;
		t = trimmed(s);
		/* datetime-local inputs may send seconds; the format has minutes. */
		if (f->kind == K_DATETIME && strlen(t) == 19 && t[16] == ':')
			t[16] = '\0';
		out = *t ? json_string(t) : NULL;
		free(t);
		return out;
	}
	}
}

static json_t *
data_of(const struct field *fields, const char *prefix, json_t *form)
{
	json_t *data = json_object();
	struct buf name = BUF_INIT;

	for (const struct field *f = fields; f->key; f++) {
		json_t *v;

		buf_reset(&name);
		buf_printf(&name, "%s%s%s", prefix, *prefix ? "." : "", f->key);
		v = value_of(f, name.data, form);
		if (v)
			json_object_set_new(data, f->key, v);
	}
	buf_release(&name);
	return data;
}

json_t *
editform_data(enum entry_type type, json_t *form)
{
	const struct field *fields = schema_fields(type);

	return fields ? data_of(fields, "", form) : json_object();
}

char *
editform_text(const char *s)
{
	char *out = xstrdup(s ? s : ""), *q = out;

	for (const char *p = out; *p; p++) {
		if (*p == '\r' && p[1] == '\n')
			continue;
		*q++ = *p == '\r' ? '\n' : *p;
	}
	*q = '\0';
	return out;
}

char *
editform_message(const struct diag *dg, json_t *locale)
{
	const char *text = dg->code ? json_string_value(json_object_get(locale, dg->code)) : NULL;
	static const char *const none[] = { NULL };

	/* A problem without Dutch words gets a general one, never the English. */
	if (text == NULL)
		text = json_string_value(json_object_get(locale, "veldfout_algemeen"));
	return theme_fill(text ? text : "veldfout_algemeen", dg->args ? (const char *const *)dg->args : none);
}

json_t *
editform_errors(const struct diags *d, json_t *locale)
{
	json_t *errors = json_object();

	for (size_t i = 0; i < d->n; i++) {
		struct buf key = BUF_INIT;
		const char *k = d->v[i].key ? d->v[i].key : "";

		/* "sectoren.1" belongs to the field "sectoren". */
		buf_puts(&key, k);
		while (key.len) {
			char *dot = strrchr(key.data, '.');

			if (dot == NULL || !(dot[1] >= '0' && dot[1] <= '9'))
				break;
			if (strchr(dot + 1, '.'))
				break;
			buf_truncate(&key, (size_t)(dot - key.data));
		}
		if (!json_object_get(errors, buf_str(&key))) {
			char *msg = editform_message(&d->v[i], locale);

			json_object_set_new(errors, buf_str(&key), json_string(msg));
			free(msg);
		}
		buf_release(&key);
	}
	return errors;
}
