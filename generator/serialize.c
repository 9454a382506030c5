/*
 * Writing a content file from a record: the inverse of entry_parse(),
 * used by the admin and the CSV import. Keys come out in schema order
 * (stable diffs, files that read like the examples in stagebureau(5)),
 * empty values are left out, lists of words are written inline, and
 * libyaml's emitter decides the quoting, so any text survives the round
 * trip through entry_parse() unchanged.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "entry.h"
#include "schema.h"
#include "util.h"

struct emitter {
	yaml_emitter_t e;
	int failed;
};

static int
write_handler(void *data, unsigned char *buffer, size_t size)
{
	buf_add(data, buffer, size);
	return 1;
}

static void
emit(struct emitter *em, yaml_event_t *ev)
{
	if (!em->failed && !yaml_emitter_emit(&em->e, ev))
		em->failed = 1;
}

/* Words our reader would type (true, null, ...) are quoted to stay text. */
static int
needs_quotes(const char *s)
{
	static const char *const typed[] = { "true", "false", "null", "~", "", NULL };

	for (int i = 0; typed[i]; i++)
		if (!strcmp(s, typed[i]))
			return 1;
	return 0;
}

static void
scalar_styled(struct emitter *em, const char *s, yaml_scalar_style_t style)
{
	yaml_event_t ev;

	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s),
	    style == YAML_ANY_SCALAR_STYLE || style == YAML_PLAIN_SCALAR_STYLE, 1, style);
	emit(em, &ev);
}

static void
scalar(struct emitter *em, const char *s)
{
	scalar_styled(em, s, strchr(s, '\n') ? YAML_LITERAL_SCALAR_STYLE :
	    needs_quotes(s) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
}

static void
value_scalar(struct emitter *em, json_t *v)
{
	char num[32];

	if (json_is_string(v))
		scalar(em, json_string_value(v));
	else if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(v));
		scalar(em, num);
	} else if (json_is_boolean(v))
		scalar_styled(em, json_is_true(v) ? "true" : "false", YAML_PLAIN_SCALAR_STYLE);
}

static int
is_empty(json_t *v)
{
	return v == NULL || json_is_null(v) || (json_is_string(v) && !*json_string_value(v)) ||
	    (json_is_array(v) && json_array_size(v) == 0) || (json_is_object(v) && json_object_size(v) == 0);
}

static int
is_default(const struct field *f, json_t *v)
{
	json_t *d;
	int same;

	if (f->dflt == NULL)
		return 0;
	d = json_loads(f->dflt, JSON_DECODE_ANY, NULL);
	/* Forms send numbers as text: "0" is the default 0 too. */
	same = json_equal(d, v) || (json_is_integer(d) && json_is_string(v) && *json_string_value(v) &&
	    json_string_value(v)[strspn(json_string_value(v), "0123456789")] == '\0' &&
	    strtoll(json_string_value(v), NULL, 10) == json_integer_value(d));
	json_decref(d);
	return same;
}

static void emit_mapping(struct emitter *em, const struct field *fields, json_t *obj);

static void
emit_value(struct emitter *em, const struct field *f, json_t *v)
{
	yaml_event_t ev;
	json_t *item;
	size_t i;

	switch (f->kind) {
	case K_OBJECT:
		emit_mapping(em, f->sub, v);
		return;
	case K_OBJECTS:
	case K_VOCABS:
	case K_ENUMS:
	case K_TAGS:
		if (!json_is_array(v))
			break;
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
		    f->kind == K_OBJECTS ? YAML_BLOCK_SEQUENCE_STYLE : YAML_FLOW_SEQUENCE_STYLE);
		emit(em, &ev);
		json_array_foreach(v, i, item) {
			if (f->kind == K_OBJECTS)
				emit_mapping(em, f->sub, item);
			else
				value_scalar(em, item);
		}
		yaml_sequence_end_event_initialize(&ev);
		emit(em, &ev);
		return;
	default:
		break;
	}
	value_scalar(em, v);
}

static void
emit_mapping(struct emitter *em, const struct field *fields, json_t *obj)
{
	yaml_event_t ev;

	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	emit(em, &ev);
	for (const struct field *f = fields; f->key; f++) {
		json_t *v = json_object_get(obj, f->key);

		/* A default is implied: writing it would only add noise to diffs. */
		if (is_empty(v) || is_default(f, v))
			continue;
		scalar(em, f->key);
		emit_value(em, f, v);
	}
	yaml_mapping_end_event_initialize(&ev);
	emit(em, &ev);
}

int
entry_serialize(enum entry_type type, json_t *data, const char *body, struct buf *out)
{
	const struct field *fields = schema_fields(type);
	struct emitter em = { .failed = 0 };
	struct buf yaml = BUF_INIT;
	yaml_event_t ev;

	if (fields == NULL)
		return error("entries of type %s have no fields", entry_type_names[type]);
	yaml_emitter_initialize(&em.e);
	yaml_emitter_set_output(&em.e, write_handler, &yaml);
	yaml_emitter_set_unicode(&em.e, 1);
	yaml_emitter_set_width(&em.e, -1);	/* no folding: one field, one line */
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	emit(&em, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	emit(&em, &ev);
	emit_mapping(&em, fields, data);
	yaml_document_end_event_initialize(&ev, 1);
	emit(&em, &ev);
	yaml_stream_end_event_initialize(&ev);
	emit(&em, &ev);
	yaml_emitter_delete(&em.e);
	if (em.failed) {
		buf_release(&yaml);
		return error("cannot write the front matter");
	}
	buf_puts(out, "---\n");
	buf_add(out, buf_str(&yaml), yaml.len);
	buf_puts(out, "---\n");
	if (body && *body) {
		buf_puts(out, body);
		if (body[strlen(body) - 1] != '\n')
			buf_putc(out, '\n');
	}
	buf_release(&yaml);
	return 0;
}

/*
 * The record as the index stores it. json_dumps() with JSON_COMPACT and
 * JSON_SORT_KEYS writes the same bytes, but through a callback per token
 * and a sorted copy of every object's keys in fresh memory: a tenth of
 * the parsing processes' time in a load of 100,000 vacancies. Records
 * hold only objects, arrays, strings, integers, booleans and null; a
 * real number (never made by entry_parse) is left to json_dumps().
 */
static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A string as jansson escapes it: quote, backslash and control characters only. */
static void
put_json_string(struct buf *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t start = 0;

	buf_putc(out, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		char esc[7] = { '\\', 0 };
		size_t n = 2;

		if (ch >= 0x20 && ch != '"' && ch != '\\')
			continue;
		buf_add(out, s + start, i - start);
		start = i + 1;
		switch (ch) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[ch >> 4];
			esc[5] = hex[ch & 15];
			n = 6;
		}
		buf_add(out, esc, n);
	}
	buf_add(out, s + start, len - start);
	buf_putc(out, '"');
}

static int
put_json(struct buf *out, json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		const char *stack[64], **keys = stack, *key;
		size_t n = json_object_size(v), i = 0;
		json_t *item;
		int rc = 0;

		if (n > sizeof(stack) / sizeof(stack[0]))
			keys = xcalloc(n, sizeof(*keys));
		json_object_foreach(v, key, item)
			keys[i++] = key;
		qsort(keys, n, sizeof(*keys), key_cmp);
		buf_putc(out, '{');
		for (i = 0; i < n && rc == 0; i++) {
			if (i)
				buf_putc(out, ',');
			put_json_string(out, keys[i], strlen(keys[i]));
			buf_putc(out, ':');
			rc = put_json(out, json_object_get(v, keys[i]));
		}
		buf_putc(out, '}');
		if (keys != stack)
			free(keys);
		return rc;
	}
	case JSON_ARRAY:
		buf_putc(out, '[');
		for (size_t i = 0; i < json_array_size(v); i++) {
			if (i)
				buf_putc(out, ',');
			if (put_json(out, json_array_get(v, i)) < 0)
				return -1;
		}
		buf_putc(out, ']');
		return 0;
	case JSON_STRING:
		put_json_string(out, json_string_value(v), json_string_length(v));
		return 0;
	case JSON_INTEGER:
		buf_printf(out, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return 0;
	case JSON_TRUE:
		buf_puts(out, "true");
		return 0;
	case JSON_FALSE:
		buf_puts(out, "false");
		return 0;
	case JSON_NULL:
		buf_puts(out, "null");
		return 0;
	default:
		return -1;
	}
}

char *
entry_data_json(json_t *data)
{
	struct buf out = BUF_INIT;

	if (!json_is_object(data) && !json_is_array(data))
		return json_dumps(data, JSON_COMPACT | JSON_SORT_KEYS);	/* NULL, as for it */
	buf_grow(&out, 1024);	/* a vacancy's record is about 660 bytes: one allocation, not five */
	if (put_json(&out, data) < 0) {
		buf_release(&out);
		return json_dumps(data, JSON_COMPACT | JSON_SORT_KEYS);
	}
	return buf_detach(&out);
}
