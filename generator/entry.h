/*
 * Entries: one content file each (front matter + Markdown). This module
 * knows which path holds which kind of entry, and turns a file into a
 * checked, normalised record: every field validated against the schema of
 * its type and the vocabularies, defaults filled in, unknown keys refused,
 * and every problem reported as "path:line: what to do about it".
 * References to other entries are collected, not resolved: whether the
 * organisation a vacancy names exists is a question about the whole
 * repository, answered by the index.
 */
#ifndef SB_ENTRY_H
#define SB_ENTRY_H

#include <jansson.h>

#include "buf.h"
#include "diag.h"
#include "vocab.h"

enum entry_type {
	ENTRY_NONE = -1,	/* not content: README, vocabularies, ... */
	ENTRY_VACATURE,
	ENTRY_ORGANISATIE,
	ENTRY_EVENEMENT,
	ENTRY_MATERIAAL,
	ENTRY_HANDBOEK,
	ENTRY_HOOFDSTUK,
	ENTRY_TIP,
	ENTRY_PAGINA,
	ENTRY_BESTAND,		/* an attachment of a material: materialen/<slug>/<file> */
	ENTRY_TEMPLATE,		/* a site's template override: templates/<name>.mustache */
	ENTRY_TYPES
};

/* "vacature", "organisatie", ...: the names stored in the index. */
extern const char *const entry_type_names[ENTRY_TYPES];

/*
 * The type of the file at a repository path, and its slug in *slug
 * (caller frees; NULL for ENTRY_NONE). A hoofdstuk's slug is
 * "boek/hoofdstuk", an attachment's "materiaal/file", a template's its
 * name. An invalid file name inside a content folder adds a diagnostic
 * and returns ENTRY_NONE.
 */
enum entry_type entry_classify(const char *path, char **slug, struct diags *d);

/*
 * The most Markdown one entry may hold: 1 MB, a long book chapter many
 * times over. It bounds the page (cmark's HTML is at most about 14 times
 * its input) far below what one template render may write.
 */
#define ENTRY_MAX_BODY (1 << 20)

struct entry {
	enum entry_type type;
	char *slug;		/* owned */
	char *path;		/* owned, repository-relative */
	json_t *data;		/* owned: the normalised front matter */
	char *body;		/* owned: the Markdown body */
	json_t *refs;		/* owned: [{type, slug, line, key}] entries this one names */
};

/*
 * Parses and validates a content file of a Markdown entry type. Returns 0,
 * or -1 with diagnostics added and e left empty.
 */
int entry_parse(struct entry *e, const struct vocabs *v, const char *path,
	const char *src, size_t len, struct diags *d);
void entry_release(struct entry *e);

/*
 * Writes a content file of type from a record (as entry_parse makes, or
 * with every value as text, as forms give it) and a Markdown body. 0 or -1.
 */
int entry_serialize(enum entry_type type, json_t *data, const char *body, struct buf *out);

/*
 * data as the index stores it: json_dumps(data, JSON_COMPACT |
 * JSON_SORT_KEYS), byte for byte, made faster. A new string (caller
 * frees), or NULL where json_dumps gives NULL.
 */
char *entry_data_json(json_t *data);

/* Is s a real calendar date "YYYY-MM-DD"? (Or date-time "YYYY-MM-DDTHH:MM" with time set.) */
int date_valid(const char *s);
int datetime_valid(const char *s);

/* The shard folder of a slug, "k/3" (see stagebureau(5)); out needs 4 bytes. */
void entry_shard(const char *slug, char out[4]);

#endif
