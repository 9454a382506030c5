/*
 * Reading and saving entries for the admin. Reading goes through the
 * index (what is published) and the repository (the exact revision a
 * form is based on); saving validates exactly as the generator does,
 * checks references against the index, commits with the editor as
 * author and a message that says what changed, and publishes.
 */
#ifndef SB_STORE_H
#define SB_STORE_H

#include "admin.h"
#include "commit.h"

/* An entry as the admin edits it. */
struct stored {
	enum entry_type type;
	char *slug;		/* index slug ("boek/hoofdstuk" for chapters) */
	char *path;		/* repository path */
	char rev[41];		/* blob id at HEAD; "" for a new entry */
	json_t *data;		/* front matter record */
	char *body;		/* Markdown */
};

/* Loads the entry of type with slug from HEAD. 0, 1 not found, -1 error. */
int store_load(struct admin *app, enum entry_type type, const char *slug, struct stored *s);
void store_release(struct stored *s);

/* The repository path of a new entry; chapters need their book. New string. */
char *store_new_path(enum entry_type type, const char *slug);

/* A slug from a title: lowercase ASCII, diacritics folded, '-' between words, at most 60. New. */
char *store_slugify(const char *title);

/* The title of a record (titel or naam). Borrowed. */
const char *store_title(json_t *data);

/* The public URL path of an entry ("/vacatures/x/"). New string. */
char *store_public_path(enum entry_type type, const char *slug);

struct save {
	enum entry_type type;
	const char *slug, *path;
	const char *expect;	/* blob the file must be now ("" new, NULL unchecked) */
	json_t *data;		/* the new record; NULL deletes */
	const char *body;
	json_t *old;		/* the previous record, for the commit message; NULL when new */
	const char *old_body;	/* and its text */
	const char *message;	/* overrides the generated message */
	struct change *extra;	/* more changes in the same commit (attachments) */
	size_t nextra;
};

enum save_result { SAVE_ERROR = -1, SAVE_OK = 0, SAVE_INVALID = 1, SAVE_CONFLICT = 2, SAVE_UNCHANGED = 3 };

/*
 * Validates, commits and publishes. On SAVE_INVALID *errors is {field:
 * message}. On SAVE_OK *seconds is the time from commit to published
 * site and commit gets the new commit id (hex).
 */
enum save_result store_save(struct ctx *c, struct save *sv, json_t **errors, double *seconds,
	char commit[41]);

/* The commit message for a change; Dutch, from the locale. New string. */
char *store_message(struct ctx *c, enum entry_type type, json_t *old, json_t *data, int body_changed);

/* May this account edit this entry? Schools only their own materials. */
int store_may_edit(struct ctx *c, enum entry_type type, json_t *data);

#endif
