/*
 * YAML to JSON values, through libyaml. Front matter and vocabularies are
 * small YAML documents; we turn them into jansson values (the one data
 * model of the generator: records, template contexts and JSON output) and
 * remember the line of every key so that validation can say "file:12".
 *
 * Typing of plain (unquoted) scalars is deliberately narrow: true/false
 * and null/~/empty; everything else, numbers and dates included, stays a
 * string, and the schema of each field converts it (so a phone number
 * like 0522111222 keeps its leading zero). Quoted scalars are strings. Aliases,
 * tags, duplicate keys and non-scalar keys are refused, so a file means
 * one thing and cannot expand (no "billion laughs").
 */
#ifndef SB_YAMLDOC_H
#define SB_YAMLDOC_H

#include <jansson.h>

#include "diag.h"

struct yaml_doc {
	json_t *root;	/* owned; an empty document is json null */
	json_t *lines;	/* owned; object mapping "key", "key.sub", "key.0.sub" to its 1-based line */
};

/*
 * Parses len bytes of YAML (one document). line_offset is added to every
 * line (front matter starts below the first "---"). On failure, adds a
 * diagnostic for path and returns -1 with doc left empty.
 */
int yaml_parse(const char *path, const char *src, size_t len, int line_offset,
	struct yaml_doc *doc, struct diags *d);
/* Line of the value at dotted path "key" or "key.sub", or of its nearest parent; 0 when unknown. */
int yaml_line(const struct yaml_doc *doc, const char *key);
void yaml_doc_release(struct yaml_doc *doc);

#endif
