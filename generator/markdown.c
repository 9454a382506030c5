/*
 * cmark with CMARK_OPT_SAFE semantics (the default since cmark 0.29) and
 * headings shifted one level down; see markdown.h.
 */
#include <cmark.h>
#include <stdlib.h>

#include "markdown.h"

void
markdown_render(const char *src, size_t len, struct buf *out)
{
	int opts = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;
	cmark_node *doc = cmark_parse_document(src, len, opts);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	char *html;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING) {
			int level = cmark_node_get_heading_level(n);

			cmark_node_set_heading_level(n, level < 6 ? level + 1 : 6);
		}
	}
	cmark_iter_free(it);
	html = cmark_render_html(doc, opts);
	buf_puts(out, html);
	free(html);
	cmark_node_free(doc);
}
