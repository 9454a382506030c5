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

#include "buf.h"
#include "diag.h"

/* Where one key of a mapping, or one item of a list, starts. */
struct yaml_key {
	long parent;	/* index in keys of the enclosing key or item; -1 at the top */
	int line;	/* 1-based, line_offset included */
	size_t name;	/* offset in names of its NUL-terminated name: "titel", or "0" for a first item */
};

/*
 * A parsed document. The lines of its keys are kept as a flat list, not
 * as "key.sub" strings: only a message needs those, and most files have
 * none, so they are made when asked for (yaml_line, yaml_key_path).
 */
struct yaml_doc {
	json_t *root;		/* owned; an empty document is json null */
	struct yaml_key *keys;	/* owned; nkeys of them, each after its parent */
	size_t nkeys, cap;
	struct buf names;	/* owned; the names keys point into */
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
/* The dotted path of keys[i] ("lijst.1.b"), replacing out's contents; its line. */
int yaml_key_path(const struct yaml_doc *doc, size_t i, struct buf *out);
/* Frees what doc owns and leaves it empty, as a zeroed struct is. */
void yaml_doc_release(struct yaml_doc *doc);

#endif
