/*
 * Uploaded attachments; see uploads.h.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "uploads.h"
#include "util.h"

char *
upload_safe_name(const char *name)
{
	const char *base = name;
	struct buf b = BUF_INIT;
	char *out;

	/* Browsers on Windows may send the whole path; keep the last part. */
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	for (const unsigned char *p = (const unsigned char *)base; *p && b.len < 80; p++) {
		int c = *p;

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_')
			buf_putc(&b, c);
		else if (c == ' ' || c == '-')
			buf_putc(&b, '-');
		/* everything else (quotes, control bytes, non-ASCII) is dropped */
	}
	out = buf_detach(&b);
	/* No hidden files, no "..", no leading dash, something before the extension. */
	while (out[0] == '.' || out[0] == '-' || out[0] == '_')
		memmove(out, out + 1, strlen(out));
	for (char *p; (p = strstr(out, "..")); )
		memmove(p, p + 1, strlen(p));
	if (!*out || out[0] == '.' || strchr(out, '.') == NULL || strrchr(out, '.')[1] == '\0') {
		free(out);
		return NULL;
	}
	return out;
}

const char *
upload_sniff(const char *d, size_t n)
{
	if (n >= 5 && !memcmp(d, "%PDF-", 5))
		return "pdf";
	if (n >= 4 && !memcmp(d, "PK\x03\x04", 4))
		return "zip";
	if (n >= 8 && !memcmp(d, "\x89PNG\r\n\x1a\n", 8))
		return "png";
	if (n >= 3 && !memcmp(d, "\xff\xd8\xff", 3))
		return "jpeg";
	if (utf8_valid(d, n))
		return "text";
	return NULL;
}

int
upload_type_matches(const char *name, const char *kind)
{
	static const struct { const char *ext, *kind; } map[] = {
		{ "pdf", "pdf" }, { "odt", "zip" }, { "ods", "zip" }, { "odp", "zip" }, { "docx", "zip" },
		{ "xlsx", "zip" }, { "pptx", "zip" }, { "zip", "zip" }, { "png", "png" }, { "jpg", "jpeg" },
		{ "jpeg", "jpeg" }, { "txt", "text" }, { "csv", "text" }, { "md", "text" },
	};
	const char *dot = strrchr(name, '.');

	if (dot == NULL || kind == NULL)
		return 0;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcasecmp(dot + 1, map[i].ext))
			return !strcmp(kind, map[i].kind);
	return 0;
}

static void
add_change(struct uploads_result *r, char *path, char *data, size_t len)
{
	r->changes = realloc(r->changes, (r->n + 1) * sizeof(*r->changes));
	if (r->changes == NULL)
		abort();
	r->changes[r->n].path = path;
	r->changes[r->n].data = data;
	r->changes[r->n].len = len;
	r->changes[r->n].expect = NULL;
	r->n++;
}

static int
listed(json_t *files, const char *name)
{
	json_t *f;
	size_t i;

	json_array_foreach(files, i, f)
		if (!strcmp(json_string_value(json_object_get(f, "naam")) ?: "", name))
			return 1;
	return 0;
}

int
uploads_take(struct ctx *c, const char *slug, json_t *old, json_t *data, struct uploads_result *r)
{
	json_t *files = json_object_get(data, "bestanden"), *f;
	size_t i;

	memset(r, 0, sizeof(*r));
	if (!json_is_array(files)) {
		files = json_array();
		json_object_set_new(data, "bestanden", files);
	}
	for (struct upload *u = c->rq->uploads; u; u = u->next) {
		const char *kind;
		char *name, *copy;
		struct buf path = BUF_INIT;

		if (strcmp(u->field, "upload"))
			continue;
		if (u->len > UPLOAD_MAX) {
			r->problem = ctx_t(c, "beheer_upload_groot");
			return 1;
		}
		name = upload_safe_name(u->filename);
		kind = upload_sniff(u->data, u->len);
		if (name == NULL || kind == NULL || !upload_type_matches(name, kind)) {
			free(name);
			r->problem = ctx_t(c, "beheer_upload_soort");
			return 1;
		}
		buf_printf(&path, "materialen/%s/%s", slug, name);
		copy = xmalloc(u->len + 1);
		memcpy(copy, u->data, u->len);
		add_change(r, buf_detach(&path), copy, u->len);
		if (!listed(files, name))
			json_array_append_new(files, json_pack("{s:s, s:s}", "naam", name, "titel", name));
		free(name);
	}
	/* Attachments the material no longer lists leave the repository with it. */
	json_array_foreach(json_object_get(old, "bestanden"), i, f) {
		const char *name = json_string_value(json_object_get(f, "naam"));
		struct buf path = BUF_INIT;

		if (name == NULL || listed(files, name))
			continue;
		buf_printf(&path, "materialen/%s/%s", slug, name);
		add_change(r, buf_detach(&path), NULL, 0);
	}
	return 0;
}

void
uploads_remove_all(const char *slug, json_t *old, struct uploads_result *r)
{
	json_t *f;
	size_t i;

	memset(r, 0, sizeof(*r));
	json_array_foreach(json_object_get(old, "bestanden"), i, f) {
		const char *name = json_string_value(json_object_get(f, "naam"));
		struct buf path = BUF_INIT;

		if (name == NULL)
			continue;
		buf_printf(&path, "materialen/%s/%s", slug, name);
		add_change(r, buf_detach(&path), NULL, 0);
	}
}

void
uploads_release(struct uploads_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free((char *)r->changes[i].path);
		free((char *)r->changes[i].data);
	}
	free(r->changes);
	memset(r, 0, sizeof(*r));
}
