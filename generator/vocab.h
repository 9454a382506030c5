/*
 * Vocabularies: the region's lists of sectors, levels, kinds of
 * internship, municipalities and places, and so on. They are content
 * files (vocabularies/NAME.yaml), so a new sector needs no code change.
 * Also the site configuration (site.yaml), loaded with the same rules.
 */
#ifndef SB_VOCAB_H
#define SB_VOCAB_H

#include <jansson.h>

#include "diag.h"
#include "snapshot.h"

struct vocabs {
	json_t *lists;	/* owned; name -> array of items {slug, naam, ...} in file order */
	json_t *index;	/* owned; name -> {slug -> item} */
	json_t *places;	/* owned; place slug -> {slug, naam, lat, lon, gemeente} */
	json_t *site;	/* owned; site.yaml, validated, defaults filled in */
};

/* The vocabulary names the content format knows, NULL-terminated. */
extern const char *const vocab_names[];

/* Loads and validates site.yaml and every vocabulary. -1 with diagnostics added. */
int vocabs_load(struct vocabs *v, struct snapshot *s, struct diags *d);
void vocabs_release(struct vocabs *v);

/* The item with slug in vocabulary name, or NULL. Borrowed. */
json_t *vocab_find(const struct vocabs *v, const char *name, const char *slug);
/* All items of a vocabulary (an empty array when unknown). Borrowed. */
json_t *vocab_items(const struct vocabs *v, const char *name);
/* A place {slug, naam, lat, lon, gemeente (slug)}, or NULL. Borrowed. */
json_t *vocab_place(const struct vocabs *v, const char *slug);

/*
 * Appends a hint for an unknown value: "did you mean 'x'?" when one slug
 * is close, else "known: a, b, c, ..." (the first few).
 */
void vocab_hint(const struct vocabs *v, const char *name, const char *value, struct buf *out);

/* Slug rule of the content format: [a-z0-9][a-z0-9-]*, at most 80 bytes. */
int slug_valid(const char *s);

#endif
