/*
 * One HTTP request and its response, as the admin sees them through
 * FastCGI. Reading checks sizes and encodings before any handler runs
 * (400, 413 and 415 are answered here); writing adds the security headers
 * every admin response carries and refuses header values that could
 * split a response.
 */
#ifndef SB_HTTP_H
#define SB_HTTP_H

#include <fcgiapp.h>
#include <jansson.h>

#include "buf.h"
#include "formdata.h"

#define HTTP_MAX_BODY (12 * 1024 * 1024)	/* uploads included */

struct request {
	const char *method;	/* borrowed from the FastCGI environment */
	char *path;		/* owned: decoded path below the admin prefix, starts with "/" */
	json_t *query;		/* owned: query string fields */
	json_t *form;		/* owned: body fields (POST) */
	json_t *cookies;	/* owned */
	struct upload *uploads;	/* owned */
	const char *address;	/* REMOTE_ADDR, borrowed */
	int https;		/* the request came over TLS */
};

struct response {
	int status;
	const char *type;	/* Content-Type; default text/html */
	struct buf headers;	/* extra "Name: value\r\n" lines */
	struct buf body;
};

/*
 * Reads the request from the FastCGI environment and input. prefix is
 * where the admin lives ("/beheer"). Returns 0, or the HTTP status to
 * answer at once (400, 404, 413, 415).
 */
int http_read(struct request *rq, char **envp, FCGX_Stream *in, const char *prefix);
void http_request_release(struct request *rq);

void http_response_init(struct response *rs);
void http_response_release(struct response *rs);
/* Adds a header; a value with CR or LF is dropped (and logged). */
void http_header(struct response *rs, const char *name, const char *value);
/* 303 See Other to url (absolute path). */
void http_redirect(struct response *rs, const char *url);
/* Sets a cookie for path with HttpOnly and SameSite=Strict; Secure under HTTPS. max_age 0 deletes. */
void http_cookie(struct response *rs, const struct request *rq, const char *name, const char *value,
	const char *path, long max_age);
/* Appends s percent-encoded for a query string value. */
void url_encode(struct buf *out, const char *s);
/* Writes status, headers (with the security set) and body. */
void http_send(struct response *rs, FCGX_Stream *out);

#endif
