/*
 * Form, multipart and cookie decoding; see formdata.h.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "formdata.h"
#include "util.h"

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Percent-decodes s[0..n) with '+' as space into out. -1 on a bad escape. */
static int
decode(const char *s, size_t n, struct buf *out)
{
	buf_reset(out);
	buf_grow(out, n);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '+') {
			buf_putc(out, ' ');
		} else if (s[i] == '%') {
			int hi, lo;

			if (i + 2 >= n)
				return -1;
			hi = hexval((unsigned char)s[i + 1]);
			lo = hexval((unsigned char)s[i + 2]);
			if (hi < 0 || lo < 0)
				return -1;
			buf_putc(out, hi * 16 + lo);
			i += 2;
		} else {
			buf_putc(out, s[i]);
		}
	}
	if (out->data == NULL)
		buf_grow(out, 0), out->data[0] = '\0';
	return 0;
}

/* A field name: 1 to FORM_MAX_NAME bytes of UTF-8 without NUL. */
static int
name_valid(const char *name, size_t nlen)
{
	return nlen > 0 && nlen <= FORM_MAX_NAME && utf8_valid(name, nlen);
}

/* Adds name=value; repeated names collect into an array. -1 when invalid. */
static int
add_field(json_t *fields, const char *name, size_t nlen, const char *value, size_t vlen)
{
	json_t *old, *v;
	char *key;

	if (!name_valid(name, nlen) || !utf8_valid(value, vlen))
		return -1;
	if (json_object_size(fields) >= FORM_MAX_FIELDS)
		return -1;
	key = xstrndup(name, nlen);
	v = json_stringn(value, vlen);
	old = json_object_get(fields, key);
	if (old == NULL) {
		json_object_set_new(fields, key, v);
	} else if (json_is_array(old)) {
		if (json_array_size(old) >= FORM_MAX_FIELDS) {
			json_decref(v);
			free(key);
			return -1;
		}
		json_array_append_new(old, v);
	} else {
		json_object_set_new(fields, key, json_pack("[O, o]", old, v));
	}
	free(key);
	return 0;
}

int
form_urlencoded(const char *s, size_t len, json_t *fields)
{
	struct buf name = BUF_INIT, value = BUF_INIT;
	size_t pos = 0;
	int rc = 0;

	while (rc == 0 && pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len;
		const char *eq = memchr(s + pos, '=', end - pos);
		size_t name_end = eq ? (size_t)(eq - s) : end;

		/* Empty pairs and nameless values ("&&", "=x") carry nothing: skip them. */
		if (end > pos && name_end > pos) {
			if (decode(s + pos, name_end - pos, &name) < 0 ||
			    decode(eq ? eq + 1 : s + end, eq ? end - name_end - 1 : 0, &value) < 0 ||
			    add_field(fields, name.data, name.len, value.data, value.len) < 0)
				rc = -1;
		}
		pos = end + 1;
	}
	buf_release(&name);
	buf_release(&value);
	return rc;
}

const char *
form_get(json_t *fields, const char *name)
{
	json_t *v = json_object_get(fields, name);

	if (json_is_array(v))
		v = json_array_get(v, 0);
	return json_string_value(v);
}

void
uploads_free(struct upload *u)
{
	while (u) {
		struct upload *next = u->next;

		free(u->field);
		free(u->filename);
		free(u->type);
		free(u->data);
		free(u);
		u = next;
	}
}

/* A parameter of a header value: boundary=..., name="...", filename="...". */
static char *
header_param(const char *h, size_t hlen, const char *param)
{
	size_t plen = strlen(param);

	for (size_t i = 0; i + plen < hlen; i++) {
		const char *p = h + i;
		struct buf v = BUF_INIT;

		if ((i > 0 && h[i - 1] != ';' && h[i - 1] != ' ' && h[i - 1] != '\t') ||
		    strncasecmp(p, param, plen) || p[plen] != '=')
			continue;
		p += plen + 1;
		if (p < h + hlen && *p == '"') {
			for (p++; p < h + hlen && *p != '"'; p++) {
				if (*p == '\\' && p + 1 < h + hlen)
					p++;
				buf_putc(&v, *p);
			}
		} else {
			while (p < h + hlen && *p != ';' && *p != ' ' && *p != '\t' && *p != '\r')
				buf_putc(&v, *p++);
		}
		if (v.data == NULL)
			buf_grow(&v, 0), v.data[0] = '\0';
		return buf_detach(&v);
	}
	return NULL;
}

static const char *
memmem_s(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	if (nlen == 0 || hlen < nlen)
		return NULL;
	for (const char *p = hay; p + nlen <= hay + hlen; p++) {
		p = memchr(p, needle[0], (size_t)(hay + hlen - p));
		if (p == NULL || p + nlen > hay + hlen)
			return NULL;
		if (!memcmp(p, needle, nlen))
			return p;
	}
	return NULL;
}

int
form_multipart(const char *body, size_t len, const char *content_type, json_t *fields,
	struct upload **uploads)
{
	char *boundary = NULL, *name = NULL, *filename = NULL, *type = NULL;
	struct buf delim = BUF_INIT;
	struct upload **tail = uploads;
	const char *p, *end = body + len;
	int rc = -1, parts = 0;

	*uploads = NULL;
	if (content_type == NULL || strncasecmp(content_type, "multipart/form-data", 19))
		goto out;
	boundary = header_param(content_type, strlen(content_type), "boundary");
	if (boundary == NULL || !*boundary || strlen(boundary) > 70)
		goto out;
	buf_printf(&delim, "--%s", boundary);
	/* The first delimiter may start the body; later ones follow CRLF. */
	p = memmem_s(body, len, delim.data, delim.len);
	if (p == NULL)
		goto out;
	p += delim.len;
	buf_reset(&delim);
	buf_printf(&delim, "\r\n--%s", boundary);
	for (;;) {
		const char *headers, *hend, *content, *next;

		if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
			rc = 0;	/* closing delimiter */
			break;
		}
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			break;
		headers = p + 2;
		hend = memmem_s(headers, (size_t)(end - headers), "\r\n\r\n", 4);
		if (hend == NULL)
			break;
		content = hend + 4;
		next = memmem_s(content, (size_t)(end - content), delim.data, delim.len);
		if (next == NULL || ++parts > FORM_MAX_FIELDS)
			break;
		/* A NUL would cut a name or filename short, unseen, further on. */
		if (memchr(headers, '\0', (size_t)(hend - headers)))
			break;
		free(name);
		free(filename);
		free(type);
		name = filename = type = NULL;
		for (const char *line = headers; line < hend; ) {
			const char *eol = memmem_s(line, (size_t)(hend - line) + 2, "\r\n", 2);
			size_t llen = eol ? (size_t)(eol - line) : (size_t)(hend - line);

			/* Only a hand-made request repeats a header; the last one counts. */
			if (llen > 20 && !strncasecmp(line, "Content-Disposition:", 20)) {
				free(name);
				free(filename);
				name = header_param(line, llen, "name");
				filename = header_param(line, llen, "filename");
			} else if (llen > 13 && !strncasecmp(line, "Content-Type:", 13)) {
				const char *v = line + 13;

				while (v < line + llen && (*v == ' ' || *v == '\t'))
					v++;
				free(type);
				type = xstrndup(v, (size_t)(line + llen - v));
			}
			line += llen + 2;
		}
		if (name == NULL)
			break;
		if (filename) {
			struct upload *u;

			if (!name_valid(name, strlen(name)) || !utf8_valid(filename, strlen(filename)))
				break;
			if (*filename) {	/* an empty file input sends filename="" */
				u = xcalloc(1, sizeof(*u));
				u->field = name;
				u->filename = filename;
				u->type = type ? type : xstrdup("application/octet-stream");
				u->len = (size_t)(next - content);
				u->data = xmalloc(u->len + 1);
				memcpy(u->data, content, u->len);
				u->data[u->len] = '\0';
				*tail = u;
				tail = &u->next;
				name = filename = type = NULL;
			}
		} else if (add_field(fields, name, strlen(name), content, (size_t)(next - content)) < 0) {
			break;
		}
		p = next + delim.len;
	}
out:
	if (rc < 0) {
		uploads_free(*uploads);
		*uploads = NULL;
	}
	free(name);
	free(filename);
	free(type);
	free(boundary);
	buf_release(&delim);
	return rc;
}

void
cookies_parse(const char *header, json_t *cookies)
{
	const char *p = header;

	while (p && *p) {
		const char *end = strchr(p, ';'), *eq;
		size_t len = end ? (size_t)(end - p) : strlen(p);

		while (len && (*p == ' ' || *p == '\t'))
			p++, len--;
		eq = memchr(p, '=', len);
		if (eq && eq > p) {
			char *name = xstrndup(p, (size_t)(eq - p));
			size_t vlen = len - (size_t)(eq - p) - 1;
			const char *v = eq + 1;

			while (vlen && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
				vlen--;
			if (vlen >= 2 && v[0] == '"' && v[vlen - 1] == '"')
				v++, vlen -= 2;
			if (!json_object_get(cookies, name) && utf8_valid(v, vlen) && utf8_valid(name, strlen(name)))
				json_object_set_new(cookies, name, json_stringn(v, vlen));
			free(name);
		}
		p = end ? end + 1 : NULL;
	}
}
