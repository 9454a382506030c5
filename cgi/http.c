/*
 * Reading requests and writing responses; see http.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http.h"
#include "util.h"

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Percent-decodes a URL path; refuses bad escapes, NUL, invalid UTF-8, "..". */
static char *
decode_path(const char *s, size_t n)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			int hi = i + 2 < n ? hexval((unsigned char)s[i + 1]) : -1;
			int lo = i + 2 < n ? hexval((unsigned char)s[i + 2]) : -1;

			if (hi < 0 || lo < 0)
				goto bad;
			buf_putc(&b, hi * 16 + lo);
			i += 2;
		} else {
			buf_putc(&b, s[i]);
		}
	}
	if (b.len == 0 || !utf8_valid(b.data, b.len) || strstr(b.data, "/..") || strstr(b.data, "//"))
		goto bad;
	return buf_detach(&b);
bad:
	buf_release(&b);
	return NULL;
}

int
http_read(struct request *rq, char **envp, FCGX_Stream *in, const char *prefix)
{
	const char *uri = FCGX_GetParam("REQUEST_URI", envp);
	const char *qs = FCGX_GetParam("QUERY_STRING", envp);
	const char *clen = FCGX_GetParam("CONTENT_LENGTH", envp);
	const char *ctype = FCGX_GetParam("CONTENT_TYPE", envp);
	const char *https = FCGX_GetParam("HTTPS", envp);
	size_t plen = strlen(prefix), ulen;
	long long len = clen && *clen ? atoll(clen) : 0;
	char *path;

	memset(rq, 0, sizeof(*rq));
	rq->query = json_object();
	rq->form = json_object();
	rq->cookies = json_object();
	rq->method = FCGX_GetParam("REQUEST_METHOD", envp);
	rq->address = FCGX_GetParam("REMOTE_ADDR", envp);
	rq->https = https && (!strcasecmp(https, "on") || !strcmp(https, "1"));
	if (rq->method == NULL || uri == NULL)
		return 400;
	cookies_parse(FCGX_GetParam("HTTP_COOKIE", envp), rq->cookies);
	ulen = strcspn(uri, "?#");
	path = decode_path(uri, ulen);
	if (path == NULL)
		return 400;
	if (strncmp(path, prefix, plen) || (path[plen] != '/' && path[plen] != '\0')) {
		free(path);
		return 404;
	}
	rq->path = xstrdup(path[plen] ? path + plen : "/");
	free(path);
	if (qs && form_urlencoded(qs, strlen(qs), rq->query) < 0)
		return 400;
	if (len < 0)
		return 400;
	if (len > HTTP_MAX_BODY)
		return 413;
	if (len > 0) {
		char *body = xmalloc((size_t)len + 1);
		int got = FCGX_GetStr(body, (int)len, in);
		int rc = 0;

		body[got > 0 ? got : 0] = '\0';
		if (got != len)
			rc = 400;
		else if (ctype && !strncasecmp(ctype, "application/x-www-form-urlencoded", 33))
			rc = form_urlencoded(body, (size_t)len, rq->form) < 0 ? 400 : 0;
		else if (ctype && !strncasecmp(ctype, "multipart/form-data", 19))
			rc = form_multipart(body, (size_t)len, ctype, rq->form, &rq->uploads) < 0 ? 400 : 0;
		else
			rc = 415;
		free(body);
		return rc;
	}
	return 0;
}

void
http_request_release(struct request *rq)
{
	free(rq->path);
	json_decref(rq->query);
	json_decref(rq->form);
	json_decref(rq->cookies);
	uploads_free(rq->uploads);
	memset(rq, 0, sizeof(*rq));
}

void
http_response_init(struct response *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->status = 200;
	rs->type = "text/html; charset=utf-8";
}

void
http_response_release(struct response *rs)
{
	buf_release(&rs->headers);
	buf_release(&rs->body);
}

void
http_header(struct response *rs, const char *name, const char *value)
{
	if (strpbrk(value, "\r\n") || strpbrk(name, "\r\n:")) {
		error("refused a header with a line break: %s", name);
		return;
	}
	buf_printf(&rs->headers, "%s: %s\r\n", name, value);
}

void
http_redirect(struct response *rs, const char *url)
{
	rs->status = 303;
	http_header(rs, "Location", url);
}

void
http_cookie(struct response *rs, const struct request *rq, const char *name, const char *value,
	const char *path, long max_age)
{
	struct buf c = BUF_INIT;

	buf_printf(&c, "%s=%s; Path=%s; HttpOnly; SameSite=Strict", name, value, path);
	if (max_age >= 0)
		buf_printf(&c, "; Max-Age=%ld", max_age);
	if (rq->https)
		buf_puts(&c, "; Secure");
	http_header(rs, "Set-Cookie", c.data);
	buf_release(&c);
}

void
url_encode(struct buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '_' || *p == '.' || *p == '~')
			buf_putc(out, *p);
		else
			buf_printf(out, "%%%02X", *p);
	}
}

static const char *
reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	default: return "Internal Server Error";
	}
}

void
http_send(struct response *rs, FCGX_Stream *out)
{
	struct buf head = BUF_INIT;

	/* Formatted here: fcgi2's own printf knows no %zu. */
	buf_printf(&head, "Status: %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n",
	    rs->status, reason(rs->status), rs->type, rs->body.len);
	/* The admin is never framed, sniffed, cached or leaked through referrers. */
	buf_puts(&head, "Content-Security-Policy: default-src 'self'; img-src 'self' data:; object-src 'none';"
	    " base-uri 'none'; form-action 'self'; frame-ancestors 'none'\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "X-Content-Type-Options: nosniff\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Cache-Control: no-store\r\n");
	buf_add(&head, buf_str(&rs->headers), rs->headers.len);
	buf_puts(&head, "\r\n");
	FCGX_PutStr(head.data, (int)head.len, out);
	FCGX_PutStr(buf_str(&rs->body), (int)rs->body.len, out);
	buf_release(&head);
}
