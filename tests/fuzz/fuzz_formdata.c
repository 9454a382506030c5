/*
 * libFuzzer driver for the admin's request decoders (cgi/formdata.c):
 * every byte of a query string, a form body, an upload and a Cookie
 * header comes from whoever can reach the admin, logged in or not. The
 * first input byte picks the decoder (mod 3):
 *
 *   0  form_urlencoded(): the rest is a query string or form body
 *   1  form_multipart(): the rest's first line (CRLF or LF) is the
 *      Content-Type header, so the boundary is in the input and the
 *      fuzzer can make the body use it; the body follows
 *   2  cookies_parse(): the rest, up to a NUL, is the Cookie header
 *
 * Checked besides memory safety, as formdata.h promises: every decoded
 * name and value is valid UTF-8 without NUL (jansson checks the UTF-8,
 * the driver the NUL), names are 1..FORM_MAX_NAME bytes, no more than
 * FORM_MAX_FIELDS fields or values of one name; a failed multipart parse
 * leaves no uploads; an upload has a field, a filename that is not empty,
 * a type and data from the body; url-encoded fields survive encoding
 * them again and a second parse unchanged.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "formdata.h"
#include "util.h"

/* A decoded name or value: a string without NUL (jansson allows one). */
static void
check_text(json_t *v)
{
	assert(json_is_string(v));
	assert(strlen(json_string_value(v)) == json_string_length(v));
}

/* The fields a decoder filled: name -> string, or an array of them. */
static void
check_fields(json_t *fields)
{
	const char *name;
	json_t *v, *item;
	size_t i;

	assert(json_is_object(fields) && json_object_size(fields) <= FORM_MAX_FIELDS);
	json_object_foreach(fields, name, v) {
		size_t n = strlen(name);

		assert(n >= 1 && n <= FORM_MAX_NAME && utf8_valid(name, n));
		if (json_is_array(v)) {
			assert(json_array_size(v) >= 2 && json_array_size(v) <= FORM_MAX_FIELDS);
			json_array_foreach(v, i, item)
				check_text(item);
		} else {
			check_text(v);
		}
	}
}

/* Percent-encodes s as a browser would, every byte but [A-Za-z0-9*-._]. */
static void
encode(struct buf *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("*-._", c))
			buf_putc(out, c);
		else if (c == ' ')
			buf_putc(out, '+');
		else
			buf_printf(out, "%%%02X", c);
	}
}

static void
urlencoded(const char *s, size_t len)
{
	json_t *fields = json_object(), *again, *v, *item;
	struct buf out = BUF_INIT;
	const char *name;
	size_t i;

	if (form_urlencoded(s, len, fields) < 0) {
		json_decref(fields);
		return;
	}
	check_fields(fields);
	json_object_foreach(fields, name, v) {
		for (i = 0; i < (json_is_array(v) ? json_array_size(v) : 1); i++) {
			item = json_is_array(v) ? json_array_get(v, i) : v;
			if (out.len)
				buf_putc(&out, '&');
			encode(&out, name);
			buf_putc(&out, '=');
			encode(&out, json_string_value(item));
		}
	}
	again = json_object();
	if (form_urlencoded(buf_str(&out), out.len, again) < 0 || !json_equal(fields, again)) {
		char *a = json_dumps(fields, JSON_SORT_KEYS), *b = json_dumps(again, JSON_SORT_KEYS);

		fprintf(stderr, "url-encoded round trip changed the fields:\n%s\n%s\nencoded:\n%s\n",
		    a, b ? b : "(no result)", buf_str(&out));
		abort();
	}
	json_decref(again);
	json_decref(fields);
	buf_release(&out);
}

/* Does hay[0..hlen) hold needle[0..nlen)? (memmem() is not in C11.) */
static int
contains(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	for (size_t i = 0; i + nlen <= hlen; i++)
		if (!memcmp(hay + i, needle, nlen))
			return 1;
	return 0;
}

static void
multipart(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);
	size_t clen = nl ? (size_t)(nl - s) : len;
	const char *body = nl ? nl + 1 : s + len;
	size_t blen = len - (size_t)(body - s);
	json_t *fields = json_object();
	struct upload *uploads = (struct upload *)1;	/* form_multipart() must set it */
	char *ctype;

	if (clen && s[clen - 1] == '\r')
		clen--;
	ctype = xstrndup(s, clen);
	if (form_multipart(body, blen, ctype, fields, &uploads) < 0) {
		assert(uploads == NULL);
	} else {
		check_fields(fields);
		for (struct upload *u = uploads; u; u = u->next) {
			assert(u->field && *u->field && utf8_valid(u->field, strlen(u->field)));
			assert(u->filename && *u->filename && utf8_valid(u->filename, strlen(u->filename)));
			assert(u->type && u->data && u->len <= blen && u->data[u->len] == '\0');
			assert(contains(body, blen, u->data, u->len));
		}
	}
	uploads_free(uploads);
	json_decref(fields);
	free(ctype);
}

static void
cookies(const char *s, size_t len)
{
	char *header = xstrndup(s, len);
	json_t *c = json_object(), *v;
	const char *name;

	cookies_parse(header, c);
	json_object_foreach(c, name, v) {
		assert(*name && *name != ' ' && *name != '\t' && !strpbrk(name, "=;"));
		assert(utf8_valid(name, strlen(name)));
		check_text(v);
		assert(!strchr(json_string_value(v), ';'));
	}
	json_decref(c);
	free(header);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + 1;

	if (size == 0)
		return 0;
	switch (data[0] % 3) {
	case 0:
		urlencoded(s, size - 1);
		break;
	case 1:
		multipart(s, size - 1);
		break;
	default:
		cookies(s, size - 1);
		break;
	}
	return 0;
}
