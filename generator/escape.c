/*
 * Escaping writers; see escape.h.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

void
escape_xml(struct buf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': buf_puts(out, "&amp;"); break;
		case '<': buf_puts(out, "&lt;"); break;
		case '>': buf_puts(out, "&gt;"); break;
		case '"': buf_puts(out, "&quot;"); break;
		case '\'': buf_puts(out, "&#39;"); break;
		default:
			/* XML 1.0 forbids most control characters; drop them. */
			if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t' && *s != '\r')
				break;
			buf_putc(out, *s);
		}
	}
}

void
escape_ical_text(struct buf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\\': buf_puts(out, "\\\\"); break;
		case ';': buf_puts(out, "\\;"); break;
		case ',': buf_puts(out, "\\,"); break;
		case '\n': buf_puts(out, "\\n"); break;
		case '\r': break;
		default:
			if ((unsigned char)*s < 0x20 && *s != '\t')
				break;
			buf_putc(out, *s);
		}
	}
}

void
escape_json_script(struct buf *out, json_t *value)
{
	char *text = json_dumps(value, JSON_COMPACT | JSON_ENCODE_ANY);

	/* Outside strings JSON has none of these bytes, so this is safe. */
	for (const char *p = text; p && *p; ) {
		size_t run = strcspn(p, "<>&");

		buf_add(out, p, run);	/* the text between, in one copy */
		p += run;
		switch (*p) {
		case '<': buf_puts(out, "\\u003c"); break;
		case '>': buf_puts(out, "\\u003e"); break;
		case '&': buf_puts(out, "\\u0026"); break;
		default: continue;	/* the end */
		}
		p++;
	}
	free(text);
}
