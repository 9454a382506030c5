/*
 * libFuzzer driver for markdown_render(): the body of every content file
 * goes out raw into pages (the one raw output the design allows), so its
 * HTML must be safe whatever the author typed.
 *
 * Why asserting on the HTML is safe (no false alarms, so a failure is a
 * real bug): markdown_render() runs cmark without CMARK_OPT_UNSAFE. In
 * that mode cmark writes no byte of the input's own HTML: raw HTML blocks
 * and inline tags become the fixed comment "<!-- raw HTML omitted -->";
 * every text, code and attribute byte goes through cmark's escapers
 * (& < > " become entities; link and image destinations are percent-
 * encoded and & becomes &amp;); and destinations cmark deems dangerous
 * (javascript:, vbscript:, file:, data: other than png/gif/jpeg/webp
 * images, in any case) are written as "". So the output is exactly cmark's
 * own small tag set with its own attributes, and the checks below only
 * restate that contract:
 *   - no "<script" (in any case) anywhere; no <h1> either, since the page
 *     title is the one h1 and markdown.c moves headings below it;
 *   - every "<" opens a tag cmark writes, with only cmark's attributes,
 *     double-quoted values that hold no < > ", or is that comment; no ">"
 *     appears outside a tag;
 *   - no href or src whose scheme, after the browser's own clean-up
 *     (entity decoding, leading C0 controls and spaces dropped, tabs and
 *     newlines removed, case folded), is one cmark calls dangerous;
 *   - the output is valid UTF-8 without NUL bytes (CMARK_OPT_VALIDATE_UTF8).
 * If cmark or markdown.c ever changes to let author HTML through, these
 * fail, which is the point.
 */
#include <assert.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "markdown.h"
#include "util.h"

static const char *const tags[] = {
	"p", "blockquote", "ul", "ol", "li", "pre", "code", "h2", "h3", "h4",
	"h5", "h6", "hr", "br", "em", "strong", "a", "img", NULL
};
static const char *const attrs[] = { "href", "src", "alt", "title", "start", "class", NULL };
static const char comment[] = "<!-- raw HTML omitted -->";

static int
in(const char *const *list, const char *s, size_t n)
{
	for (int i = 0; list[i]; i++)
		if (strlen(list[i]) == n && !strncmp(list[i], s, n))
			return 1;
	return 0;
}

static void
bad(const char *why, const char *html, size_t at)
{
	fprintf(stderr, "unsafe HTML (%s) at byte %zu:\n%s\n", why, at, html);
	abort();
}

/* The URL as a browser reads the attribute; then is its scheme dangerous? */
static int
dangerous_url(const char *v, size_t n)
{
	char url[64];
	size_t k = 0;

	for (size_t i = 0; i < n && k < sizeof url - 1; ) {
		unsigned char c = (unsigned char)v[i];

		if (c == '&') {
			static const struct { const char *ent; char c; } ents[] = {
				{ "&amp;", '&' }, { "&#x27;", '\'' }, { "&#39;", '\'' },
				{ "&quot;", '"' }, { "&lt;", '<' }, { "&gt;", '>' },
				{ "&colon;", ':' }, { "&#58;", ':' }, { "&#x3a;", ':' }, { "&Tab;", '\t' },
			};
			size_t j;

			for (j = 0; j < sizeof ents / sizeof ents[0]; j++) {
				size_t len = strlen(ents[j].ent);

				if (n - i >= len && !strncasecmp(v + i, ents[j].ent, len))
					break;
			}
			if (j < sizeof ents / sizeof ents[0]) {
				c = (unsigned char)ents[j].c;
				i += strlen(ents[j].ent);
			} else {
				i++;
			}
		} else {
			i++;
		}
		if (c == '\t' || c == '\n' || c == '\r')
			continue;
		if (k == 0 && c <= ' ')
			continue;
		url[k++] = (char)tolower(c);
	}
	url[k] = '\0';
	if (!strncmp(url, "javascript:", 11) || !strncmp(url, "vbscript:", 9) || !strncmp(url, "file:", 5))
		return 1;
	if (!strncmp(url, "data:", 5))
		return strncmp(url, "data:image/png", 14) && strncmp(url, "data:image/gif", 14) &&
		    strncmp(url, "data:image/jpeg", 15) && strncmp(url, "data:image/webp", 15);
	return 0;
}

static void
check_html(const char *h, size_t len)
{
	size_t i = 0;

	for (const char *lt = h; (lt = memchr(lt, '<', len - (size_t)(lt - h))) != NULL; lt++)
		if (len - (size_t)(lt - h) >= 7 && !strncasecmp(lt, "<script", 7))
			bad("<script", h, (size_t)(lt - h));
	while (i < len) {
		size_t start = i, n;
		int closing;

		if (h[i] == '>')
			bad("'>' outside a tag", h, i);
		if (h[i] != '<') {
			i++;
			continue;
		}
		if (!strncmp(h + i, "<!--", 4)) {
			if (strncmp(h + i, comment, sizeof comment - 1))
				bad("comment", h, i);
			i += sizeof comment - 1;
			continue;
		}
		i++;
		closing = h[i] == '/';
		i += closing;
		for (n = 0; i + n < len && (islower((unsigned char)h[i + n]) || isdigit((unsigned char)h[i + n])); n++)
			;
		if (!in(tags, h + i, n))
			bad("tag cmark does not write", h, start);
		i += n;
		for (;;) {
			size_t a, v;

			while (i < len && h[i] == ' ')
				i++;
			if (i < len && h[i] == '>') {
				i++;
				break;
			}
			if (i + 1 < len && h[i] == '/' && h[i + 1] == '>' && !closing) {
				i += 2;
				break;
			}
			if (closing)
				bad("attribute on a closing tag", h, start);
			for (a = i; i < len && islower((unsigned char)h[i]); i++)
				;
			if (!in(attrs, h + a, i - a))
				bad("attribute cmark does not write", h, a);
			if (i + 1 >= len || h[i] != '=' || h[i + 1] != '"')
				bad("unquoted attribute", h, a);
			i += 2;
			for (v = i; i < len && h[i] != '"'; i++)
				if (h[i] == '<' || h[i] == '>')
					bad("< or > in an attribute", h, i);
			if (i >= len)
				bad("unterminated attribute", h, v);
			if ((!strncmp(h + a, "href", 4) || !strncmp(h + a, "src", 3)) && dangerous_url(h + v, i - v))
				bad("dangerous URL", h, v);
			i++;
		}
	}
	if (strstr(h, "<h1"))
		bad("<h1> in a body", h, 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = BUF_INIT;

	markdown_render((const char *)data, size, &out);
	assert(utf8_valid(buf_str(&out), out.len));
	check_html(buf_str(&out), out.len);
	buf_release(&out);
	return 0;
}
