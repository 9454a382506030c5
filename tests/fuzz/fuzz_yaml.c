/*
 * libFuzzer driver for yaml_parse(): front matter and vocabularies are
 * YAML written by anyone who can commit to a region's repository. Beyond
 * "no crash, no leak, no undefined behaviour" it checks what yamldoc.h
 * promises: a failure adds a diagnostic and leaves the document empty; a
 * success gives a root and a line table whose lines are real lines of the
 * input; nothing nests deeper than the limit (so no input can expand or
 * exhaust the stack later); and every key in the line table can be looked
 * up again with yaml_line().
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "entry.h"
#include "yamldoc.h"

/* yamldoc.c refuses nesting past 32 levels; one more for the root. */
#define MAX_JSON_DEPTH 34

static int
depth(json_t *v)
{
	int max = 0, d;
	const char *k;
	json_t *x;
	size_t i;

	if (json_is_object(v)) {
		json_object_foreach(v, k, x)
			if ((d = depth(x)) > max)
				max = d;
		return max + 1;
	}
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			if ((d = depth(x)) > max)
				max = d;
		return max + 1;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = DIAGS_INIT;
	struct yaml_doc doc = { 0 };
	const int offset = 1;	/* as entry_parse: front matter below "---" */
	struct buf key = BUF_INIT;

	if (yaml_parse("fuzz.yaml", (const char *)data, size, offset, &doc, &d) < 0) {
		assert(d.n >= 1);
		assert(doc.root == NULL && doc.keys == NULL && doc.nkeys == 0);
		diags_clear(&d);
		return 0;
	}
	assert(d.n == 0);
	assert(doc.root != NULL);
	assert(depth(doc.root) <= MAX_JSON_DEPTH);
	for (size_t i = 0; i < doc.nkeys; i++) {
		int l = yaml_key_path(&doc, i, &key);

		/* Each key after its parent, so that lookups can walk forward. */
		assert(doc.keys[i].parent < (long)i);
		/* libyaml counts \r, \n, \r\n and a few Unicode breaks (NEL,
		 * LS, PS: each at least 2 bytes) as line breaks, so bytes + 1
		 * bounds the count; LF/CR alone would be too strict. */
		assert(l > offset && (size_t)l <= size + 1 + offset);
		/* The path of every key leads back to its line. */
		assert(yaml_line(&doc, key.data) == l);
	}
	buf_release(&key);
	/* The index's writer of records and jansson's agree on any document. */
	if (json_is_object(doc.root) || json_is_array(doc.root)) {
		char *mine = entry_data_json(doc.root), *theirs = json_dumps(doc.root, JSON_COMPACT | JSON_SORT_KEYS);

		assert(mine && theirs && !strcmp(mine, theirs));
		free(mine);
		free(theirs);
	}
	yaml_doc_release(&doc);
	assert(doc.root == NULL && doc.keys == NULL && doc.nkeys == 0);
	return 0;
}
