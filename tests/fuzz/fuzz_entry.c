/*
 * libFuzzer driver for entry_parse(): a content file (front matter and
 * Markdown) as anyone with commit access, or later the admin's forms,
 * can write it. The first input byte picks the path, and so the entry
 * type and its schema; the rest are the file's bytes. The vocabularies
 * are the fixture site's, loaded once.
 *
 * Checked besides memory safety: a failure adds a diagnostic and leaves
 * the entry empty; a success gives the type entry_classify() gives for
 * the path, a record, the body that follows the front matter, and a list
 * of references; and the record survives entry_serialize() and a second
 * entry_parse() unchanged, as serialize.c promises the admin.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "entry.h"
#include "snapshot.h"
#include "vocab.h"

#ifndef SB_TOP
#define SB_TOP "."
#endif

static const char *const paths[] = {
	"vacatures/a/b/x.md",
	"organisaties/c/d/x.md",
	"evenementen/x.md",
	"materialen/x.md",
	"handboeken/b/c.md",
	"handboeken/b/index.md",
	"tips/x.md",
	"paginas/x.md",
};

static struct vocabs v;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags d = DIAGS_INIT;
	const char *dir = getenv("SB_FIXTURE");
	struct snapshot *s;

	(void)argc, (void)argv;
	if (dir == NULL)
		dir = SB_TOP "/tests/fixture/site";
	s = snapshot_dir(dir);
	if (s == NULL || vocabs_load(&v, s, &d) < 0) {
		diags_print(&d, stderr);
		fprintf(stderr, "fuzz_entry: cannot load the vocabularies of %s (set SB_FIXTURE)\n", dir);
		exit(1);
	}
	snapshot_free(s);
	return 0;
}

/* entry_serialize ends a body with a newline; nothing else may change. */
static int
same_body(const char *a, const char *b)
{
	size_t n = strlen(a);

	if (!strcmp(a, b))
		return 1;
	return n && a[n - 1] != '\n' && strlen(b) == n + 1 && !strncmp(a, b, n) && b[n] == '\n';
}

static void
round_trip(const struct entry *e)
{
	struct diags d = DIAGS_INIT;
	struct buf out = BUF_INIT;
	struct entry again;

	if (entry_serialize(e->type, e->data, e->body, &out) < 0) {
		fprintf(stderr, "entry_serialize failed on a record entry_parse accepted\n");
		abort();
	}
	if (entry_parse(&again, &v, e->path, buf_str(&out), out.len, &d) < 0) {
		fprintf(stderr, "serialized entry does not parse:\n%s\n--- problems:\n", buf_str(&out));
		diags_print(&d, stderr);
		abort();
	}
	if (!json_equal(e->data, again.data) || !same_body(e->body, again.body)) {
		char *a = json_dumps(e->data, JSON_SORT_KEYS), *b = json_dumps(again.data, JSON_SORT_KEYS);

		fprintf(stderr, "round trip changed the entry:\n%s\n%s\nserialized:\n%s\n", a, b, buf_str(&out));
		abort();
	}
	entry_release(&again);
	buf_release(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = DIAGS_INIT;
	struct entry e;
	const char *path, *src;
	enum entry_type type;
	char *slug;
	size_t len;

	if (size == 0)
		return 0;
	path = paths[data[0] % (sizeof(paths) / sizeof(paths[0]))];
	src = (const char *)data + 1;
	len = size - 1;
	type = entry_classify(path, &slug, &d);
	assert(type != ENTRY_NONE && d.n == 0);

	if (entry_parse(&e, &v, path, src, len, &d) < 0) {
		assert(d.n >= 1);
		assert(e.data == NULL && e.slug == NULL && e.body == NULL && e.refs == NULL);
	} else {
		size_t blen = strlen(e.body);

		assert(d.n == 0);
		assert(e.type == type && !strcmp(e.slug, slug) && !strcmp(e.path, path));
		assert(json_is_object(e.data) && json_is_array(e.refs));
		/* The body is the tail of the file. */
		assert(blen <= len && !memcmp(src + len - blen, e.body, blen));
		round_trip(&e);
		entry_release(&e);
	}
	free(slug);
	diags_clear(&d);
	return 0;
}
