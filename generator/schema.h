/*
 * The schema of every entry type: which fields a content file may have,
 * of what kind, which are required, their limits and defaults. One table
 * per type drives both the validation of files (entry.c) and the forms
 * of the admin, so a field added here appears in both.
 */
#ifndef SB_SCHEMA_H
#define SB_SCHEMA_H

#include "entry.h"

enum field_kind {
	K_TEXT,		/* one line of text */
	K_LONGTEXT,	/* text that may span lines */
	K_INT,
	K_BOOL,
	K_DATE,
	K_DATETIME,
	K_URL,		/* http(s) only: no javascript:, data:, ... */
	K_EMAIL,
	K_PHONE,
	K_VOCAB,	/* one slug of vocabulary arg */
	K_VOCABS,	/* a list of slugs of vocabulary arg */
	K_PLACE,	/* a place slug of gemeenten.yaml */
	K_ENUM,		/* one of the '|'-separated words in arg */
	K_ENUMS,	/* a list of those */
	K_TAGS,		/* a list of short free texts */
	K_REF,		/* the slug of an entry of type arg */
	K_OBJECT,	/* a mapping checked against sub */
	K_OBJECTS,	/* a list of such mappings */
};

#define FIELD_REQUIRED 1	/* flag: the field must be present */

struct field {
	const char *key;
	enum field_kind kind;
	unsigned flags;
	const char *arg;	/* vocabulary, enum words or entry type */
	long min, max;		/* K_INT range; text length limit (max) */
	const struct field *sub; /* K_OBJECT(S) fields, ending with key NULL */
	const char *dflt;	/* JSON text of the default, or NULL */
};

/* The fields of an entry type, ending with key NULL; NULL for types without front matter. */
const struct field *schema_fields(enum entry_type type);

#endif
