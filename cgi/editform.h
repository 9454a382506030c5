/*
 * Edit forms generated from the schema of each entry type (schema.h): the
 * same field tables that validate content files decide which inputs a
 * form has, so forms and files cannot drift apart. Converts both ways:
 * record -> template context for the form, and posted fields -> record,
 * and maps validation problems to the fields they belong to.
 */
#ifndef SB_EDITFORM_H
#define SB_EDITFORM_H

#include <jansson.h>

#include "diag.h"
#include "entry.h"
#include "theme.h"
#include "vocab.h"

struct form_env {
	const struct vocabs *v;		/* options of vocabulary fields */
	json_t *orgs;			/* [{slug, naam}] for references to organisations */
	struct theme *theme;		/* labels: veld_<key> in the locale */
	const char *fixed_owner;	/* a school's own organisation: eigenaar is fixed, or NULL */
};

/* The context of every input for type, filled from data, with errors {field: message}. New. */
json_t *editform_fields(const struct form_env *env, enum entry_type type, json_t *data, json_t *errors);

/* A record from posted fields (every value text, as the form sent it). New. */
json_t *editform_data(enum entry_type type, json_t *form);

/*
 * One problem in the words of locale (Dutch by default): its locale text
 * with placeholders filled, or a general text when it has none. New string.
 */
char *editform_message(const struct diag *dg, json_t *locale);
/* Problems as {field name: message in locale}; problems of no field go under "". New. */
json_t *editform_errors(const struct diags *d, json_t *locale);

/* Text as browsers post a textarea (CRLF lines), with the LF lines of the files. New string. */
char *editform_text(const char *s);

#endif
