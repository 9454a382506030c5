/*
 * Attachments of materials: files uploaded with the material's form
 * become files in materialen/<slug>/ in the same commit as the material.
 * Nothing about an upload is trusted: the name is rebuilt from a safe
 * alphabet (no paths, no hidden files), the type is decided by the
 * bytes (PDF, OpenDocument/Office zip, PNG, JPEG, UTF-8 text) and must
 * agree with the name's extension, and the size is limited.
 */
#ifndef SB_UPLOADS_H
#define SB_UPLOADS_H

#include "admin.h"
#include "commit.h"

#define UPLOAD_MAX (10 * 1024 * 1024)

struct uploads_result {
	struct change *changes;	/* owned; paths and data owned too */
	size_t n;
	const char *problem;	/* locale text when refused */
};

/*
 * Takes the uploads of the request (field "upload") for material slug:
 * adds them to data's "bestanden", and also removes from the repository
 * the attachments of old that data no longer lists. 0, or 1 refused.
 */
int uploads_take(struct ctx *c, const char *slug, json_t *old, json_t *data, struct uploads_result *r);
void uploads_release(struct uploads_result *r);
/* Removals of every attachment old lists, for deleting material slug with them. */
void uploads_remove_all(const char *slug, json_t *old, struct uploads_result *r);

/* A safe file name from an untrusted one; NULL when nothing usable is left. New. */
char *upload_safe_name(const char *name);
/* The kind of file the bytes are ("pdf", "zip", "png", "jpeg", "text"), or NULL. */
const char *upload_sniff(const char *data, size_t len);
/* Does the extension of name fit the sniffed kind? */
int upload_type_matches(const char *name, const char *kind);

#endif
