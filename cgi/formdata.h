/*
 * Decoding what a browser sends: url-encoded forms and query strings,
 * multipart/form-data (file uploads) and the Cookie header. Pure
 * functions over bytes, so they are unit-tested against the specs
 * (WHATWG URL "application/x-www-form-urlencoded", RFC 7578, RFC 6265)
 * and fuzzed. Every decoded name and value is valid UTF-8 without NUL;
 * anything else is refused, never passed on.
 */
#ifndef SB_FORMDATA_H
#define SB_FORMDATA_H

#include <jansson.h>
#include <stddef.h>

#define FORM_MAX_FIELDS 2000
#define FORM_MAX_NAME 200

/*
 * Adds the fields of s (len bytes) to fields: name -> string, or an array
 * of strings when the name repeats. 0, or -1 on malformed input.
 */
int form_urlencoded(const char *s, size_t len, json_t *fields);

struct upload {
	char *field;		/* form field name */
	char *filename;		/* as sent by the browser: untrusted, never used as a path */
	char *type;		/* Content-Type as sent: untrusted */
	char *data;		/* owned */
	size_t len;
	struct upload *next;
};

/*
 * Parses a multipart/form-data body. content_type is the request's
 * Content-Type header (it carries the boundary). Text parts go to
 * fields as form_urlencoded does; parts with a filename become uploads
 * (a list, newest last). 0, or -1 on malformed input.
 */
int form_multipart(const char *body, size_t len, const char *content_type, json_t *fields,
	struct upload **uploads);
void uploads_free(struct upload *u);

/* Cookie header to name -> value (the first of a name wins). Never fails. */
void cookies_parse(const char *header, json_t *cookies);

/* The string value of a field (the first when repeated), or NULL. Borrowed. */
const char *form_get(json_t *fields, const char *name);

#endif
