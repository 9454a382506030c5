/*
 * A theme: compiled Mustache templates, the locale strings, and static
 * files (CSS, JavaScript, images). A site overrides any template by
 * committing templates/NAME.mustache to its content repository; those
 * come from the index, so they are versioned like all content.
 */
#ifndef SB_THEME_H
#define SB_THEME_H

#include <jansson.h>

#include "index.h"
#include "mustache.h"

struct theme;

/*
 * Loads and compiles every template of dir/SUBDIR ("templates" for the
 * public site, "admin" for the admin) plus, when ix is given, the site's
 * overrides in the index, and dir/locale/LANG.yaml. A template error
 * names file:line. NULL on error (printed).
 */
struct theme *theme_load(const char *dir, const char *subdir, const char *lang, struct index *ix);
void theme_free(struct theme *t);

/* The compiled template called name, or NULL. Borrowed. */
const struct mustache *theme_template(struct theme *t, const char *name);
/* A mustache_loader over the theme's templates; pass the theme as arg. */
const struct mustache *theme_loader(void *theme, const char *name);
/* The locale strings, an object of key -> text. Borrowed. */
json_t *theme_locale(struct theme *t);
/* A locale string; the key itself when missing (visible, never empty). */
const char *theme_string(struct theme *t, const char *key);
/*
 * text with each "{name}" replaced by its value; pairs is name, value, ...,
 * NULL. Unknown placeholders stay as written. New string.
 */
char *theme_fill(const char *text, const char *const *pairs);
/* The theme directory. */
const char *theme_dir(struct theme *t);

#endif
