/*
 * libyaml's event stream turned into jansson values with key lines.
 * See yaml.h for the typing rules and what is refused.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "util.h"
#include "yamldoc.h"

/* Nesting deeper than this is no content file we write; refuse it. */
#define MAX_DEPTH 32

struct parser {
	yaml_parser_t yp;
	const char *path;
	int line_offset;
	struct diags *d;
	struct yaml_doc *doc;	/* where keys are recorded */
	int failed;
};

static int
fail(struct parser *p, int line, const char *msg)
{
	if (!p->failed)
		diags_add(p->d, p->path, line + p->line_offset, "%s", msg);
	p->failed = 1;
	return -1;
}

static int
next_event(struct parser *p, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&p->yp, ev)) {
		struct buf msg = BUF_INIT;
		int line = (int)p->yp.problem_mark.line + 1;

		buf_printf(&msg, "invalid YAML: %s", p->yp.problem ? p->yp.problem : "syntax error");
		if (p->yp.context)
			buf_printf(&msg, " (%s that starts on line %d)", p->yp.context,
			    (int)p->yp.context_mark.line + 1 + p->line_offset);
		buf_puts(&msg, "; check indentation, and quote text that contains ': ' or starts with a special character");
		fail(p, line, msg.data);
		buf_release(&msg);
		return -1;
	}
	return 0;
}

static json_t *
scalar_value(const yaml_event_t *ev)
{
	const char *s = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;

	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return json_stringn(s, len);
	if (len == 0 || !strcmp(s, "~") || !strcmp(s, "null"))
		return json_null();
	if (!strcmp(s, "true"))
		return json_true();
	if (!strcmp(s, "false"))
		return json_false();
	return json_stringn(s, len);
}

static json_t *parse_node(struct parser *p, yaml_event_t *ev, long parent, int depth);

/* Records a key (or a list item, named by its index) below parent; its index. */
static long
record_key(struct parser *p, long parent, const char *name, size_t len, int line)
{
	struct yaml_doc *doc = p->doc;
	struct yaml_key *k;

	if (doc->nkeys == doc->cap) {
		doc->cap = doc->cap ? doc->cap * 2 : 32;
		doc->keys = realloc(doc->keys, doc->cap * sizeof(*doc->keys));
		if (doc->keys == NULL)
			abort();
	}
	k = &doc->keys[doc->nkeys];
	k->parent = parent;
	k->line = line + p->line_offset;
	k->name = doc->names.len;
	buf_add(&doc->names, name, len);
	buf_putc(&doc->names, '\0');
	return (long)doc->nkeys++;
}

/* i in decimal into out (at least 21 bytes, NUL-terminated); its length. */
static size_t
decimal(size_t i, char *out)
{
	char tmp[24];
	size_t n = 0, len;

	do
		tmp[n++] = (char)('0' + i % 10);
	while ((i /= 10) != 0);
	for (len = 0; len < n; len++)
		out[len] = tmp[n - 1 - len];
	out[len] = '\0';
	return len;
}

static json_t *
parse_sequence(struct parser *p, long parent, int depth)
{
	json_t *arr = json_array();

	for (size_t i = 0; ; i++) {
		yaml_event_t ev;
		json_t *item;
		char name[24];
		long self;

		if (next_event(p, &ev) < 0)
			goto fail;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return arr;
		}
		self = record_key(p, parent, name, decimal(i, name), (int)ev.start_mark.line + 1);
		item = parse_node(p, &ev, self, depth + 1);
		yaml_event_delete(&ev);
		if (item == NULL)
			goto fail;
		json_array_append_new(arr, item);
	}
fail:
	json_decref(arr);
	return NULL;
}

static json_t *
parse_mapping(struct parser *p, long parent, int depth)
{
	json_t *obj = json_object();

	for (;;) {
		yaml_event_t kev, vev;
		json_t *val;
		char *name;
		long self;
		int line;

		if (next_event(p, &kev) < 0)
			goto fail;
		if (kev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&kev);
			return obj;
		}
		line = (int)kev.start_mark.line + 1;
		if (kev.type != YAML_SCALAR_EVENT) {
			yaml_event_delete(&kev);
			fail(p, line, "a key must be a plain word, not a list or mapping");
			goto fail;
		}
		name = xstrndup((const char *)kev.data.scalar.value, kev.data.scalar.length);
		yaml_event_delete(&kev);
		if (strlen(name) == 0 || strchr(name, '.')) {
			fail(p, line, "a key must be a non-empty word without '.'");
			free(name);
			goto fail;
		}
		if (json_object_get(obj, name)) {
			struct buf msg = BUF_INIT;

			buf_printf(&msg, "key '%s' appears twice; keep one", name);
			fail(p, line, msg.data);
			buf_release(&msg);
			free(name);
			goto fail;
		}
		self = record_key(p, parent, name, strlen(name), line);
		if (next_event(p, &vev) < 0) {
			free(name);
			goto fail;
		}
		val = parse_node(p, &vev, self, depth + 1);
		yaml_event_delete(&vev);
		if (val == NULL) {
			free(name);
			goto fail;
		}
		json_object_set_new(obj, name, val);
		free(name);
	}
fail:
	json_decref(obj);
	return NULL;
}

/* Consumes the node that starts with ev (already read). */
static json_t *
parse_node(struct parser *p, yaml_event_t *ev, long parent, int depth)
{
	int line = (int)ev->start_mark.line + 1;

	if (depth > MAX_DEPTH) {
		fail(p, line, "nested too deeply");
		return NULL;
	}
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		fail(p, line, "YAML aliases (*name) are not supported; write the value out");
		return NULL;
	case YAML_SCALAR_EVENT:
		if (ev->data.scalar.tag) {
			fail(p, line, "YAML tags (!name) are not supported");
			return NULL;
		}
		return scalar_value(ev);
	case YAML_SEQUENCE_START_EVENT:
		return parse_sequence(p, parent, depth);
	case YAML_MAPPING_START_EVENT:
		return parse_mapping(p, parent, depth);
	default:
		fail(p, line, "unexpected YAML structure");
		return NULL;
	}
}

int
yaml_parse(const char *path, const char *src, size_t len, int line_offset,
	struct yaml_doc *doc, struct diags *d)
{
	struct parser p = { .path = path, .line_offset = line_offset, .d = d, .doc = doc };
	yaml_event_t ev;
	json_t *root = NULL;
	int rc = -1;

	memset(doc, 0, sizeof(*doc));
	yaml_parser_initialize(&p.yp);
	yaml_parser_set_input_string(&p.yp, (const unsigned char *)src, len);
	yaml_parser_set_encoding(&p.yp, YAML_UTF8_ENCODING);

	/* STREAM-START, then DOCUMENT-START or an empty stream. */
	if (next_event(&p, &ev) < 0)
		goto out;
	yaml_event_delete(&ev);
	if (next_event(&p, &ev) < 0)
		goto out;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);
		root = json_null();
		rc = 0;
		goto out;
	}
	yaml_event_delete(&ev);
	if (next_event(&p, &ev) < 0)
		goto out;
	root = parse_node(&p, &ev, -1, 0);
	yaml_event_delete(&ev);
	if (root == NULL)
		goto out;
	if (next_event(&p, &ev) < 0)	/* DOCUMENT-END */
		goto out;
	yaml_event_delete(&ev);
	if (next_event(&p, &ev) < 0)
		goto out;
	if (ev.type != YAML_STREAM_END_EVENT) {
		fail(&p, (int)ev.start_mark.line + 1, "only one YAML document is allowed here");
		yaml_event_delete(&ev);
		goto out;
	}
	yaml_event_delete(&ev);
	rc = 0;
out:
	yaml_parser_delete(&p.yp);
	if (rc < 0) {
		json_decref(root);
		yaml_doc_release(doc);
		return -1;
	}
	doc->root = root;
	return 0;
}

/*
 * Follows the path one name at a time: keys come after their parent, and
 * no two keys of one parent share a name (duplicates are refused), so the
 * first match below the current key is the one.
 */
int
yaml_line(const struct yaml_doc *doc, const char *key)
{
	long at = -1;
	int line = 0;

	for (const char *p = key; *p; ) {
		size_t n = strcspn(p, "."), i;

		for (i = (size_t)(at + 1); i < doc->nkeys; i++) {
			const char *name = doc->names.data + doc->keys[i].name;

			if (doc->keys[i].parent == at && !strncmp(name, p, n) && name[n] == '\0')
				break;
		}
		if (i == doc->nkeys)
			break;	/* the nearest parent's line */
		at = (long)i;
		line = doc->keys[i].line;
		p += n;
		if (*p == '.')
			p++;
	}
	return line;
}

static void
put_path(const struct yaml_doc *doc, long i, struct buf *out)
{
	if (doc->keys[i].parent >= 0) {
		put_path(doc, doc->keys[i].parent, out);
		buf_putc(out, '.');
	}
	buf_puts(out, doc->names.data + doc->keys[i].name);
}

int
yaml_key_path(const struct yaml_doc *doc, size_t i, struct buf *out)
{
	buf_reset(out);
	put_path(doc, (long)i, out);
	return doc->keys[i].line;
}

void
yaml_doc_release(struct yaml_doc *doc)
{
	json_decref(doc->root);
	free(doc->keys);
	buf_release(&doc->names);
	memset(doc, 0, sizeof(*doc));
}
