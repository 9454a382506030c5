/*
 * cmark with CMARK_OPT_SAFE semantics (the default since cmark 0.29) and
 * a heading outline that fits under the page's <h1>; see markdown.h.
 */
#include <cmark.h>
#include <stdlib.h>
#include <strings.h>

#include "markdown.h"

/*
 * Maps the heading levels a body uses, in order, onto 2, 3, 4, ...: the
 * page title is the only <h1>, and no level is skipped, whether the
 * author started at "#" or "##" or jumped from "##" to "####".
 */
static void
fit_headings(cmark_node *doc)
{
	int used[7] = { 0 }, map[7] = { 0 }, next = 2;
	cmark_event_type ev;
	cmark_iter *it;

	for (int pass = 0; pass < 2; pass++) {
		it = cmark_iter_new(doc);
		while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
			cmark_node *n = cmark_iter_get_node(it);
			int level;

			if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_HEADING)
				continue;
			level = cmark_node_get_heading_level(n);
			if (pass == 0)
				used[level] = 1;
			else
				cmark_node_set_heading_level(n, map[level]);
		}
		cmark_iter_free(it);
		if (pass == 0)
			for (int l = 1; l <= 6; l++)
				if (used[l])
					map[l] = next < 6 ? next++ : 6;
	}
}

/*
 * cmark's safe mode drops javascript:, vbscript:, file: and data: URLs
 * except data: images, which it keeps. A body is text from an editor,
 * never a place for inline data: every data: link or image loses its
 * URL (case and leading blanks and control characters ignored, as
 * browsers ignore them), keeping its text.
 */
static void
drop_data_urls(cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		cmark_node_type t = cmark_node_get_type(n);
		const char *url;

		if (ev != CMARK_EVENT_ENTER || (t != CMARK_NODE_LINK && t != CMARK_NODE_IMAGE))
			continue;
		url = cmark_node_get_url(n);
		while (url && *url && (unsigned char)*url <= ' ')
			url++;
		if (url && !strncasecmp(url, "data:", 5))
			cmark_node_set_url(n, "");
	}
	cmark_iter_free(it);
}

void
markdown_render(const char *src, size_t len, struct buf *out)
{
	int opts = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;
	cmark_node *doc = cmark_parse_document(src, len, opts);
	char *html;

	fit_headings(doc);
	drop_data_urls(doc);
	html = cmark_render_html(doc, opts);
	buf_puts(out, html);
	free(html);
	cmark_node_free(doc);
}
